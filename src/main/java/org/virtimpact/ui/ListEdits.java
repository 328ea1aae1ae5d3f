package org.virtimpact.ui;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Changes a list a control shows only as far as its content changed. Setting equal content anew
 * still tells every listener that everything was replaced: a table then builds all its cells
 * again, and a combo box loses its choice.
 */
public final class ListEdits {

    private ListEdits() {
    }

    /** Sets the list's content when it differs; equal content leaves it untouched. */
    public static <T> void replace(ObservableList<T> list, List<T> target) {
        if (!list.equals(target)) {
            list.setAll(target);
        }
    }

    /**
     * Brings a combo box's items to their new content by removals and insertions: one whose items
     * gain a category in front of the chosen one keeps its choice.
     */
    public static <T> void become(ObservableList<T> list, List<T> target) {
        if (list.equals(target)) {
            return;
        }
        List<T> kept = list.stream().filter(target::contains).toList();
        if (!kept.equals(target.stream().filter(kept::contains).toList())) {
            // the items that stay changed order: no sequence of insertions gets there
            list.setAll(target);
            return;
        }
        list.retainAll(target);
        for (int i = 0; i < target.size(); i++) {
            if (i >= list.size() || !list.get(i).equals(target.get(i))) {
                list.add(i, target.get(i));
            }
        }
    }
}
