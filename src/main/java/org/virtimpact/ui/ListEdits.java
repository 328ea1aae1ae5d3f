package org.virtimpact.ui;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Brings a list a control chooses from to its new content by removing and inserting, not by
 * replacing it. A combo box whose items are replaced loses its choice; one whose items gain a
 * category in front of the chosen one keeps it.
 */
public final class ListEdits {

    private ListEdits() {
    }

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
