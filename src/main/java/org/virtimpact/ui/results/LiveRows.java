package org.virtimpact.ui.results;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The table's lines, used as slots: new rows go into the lines already there, and the table keeps
 * at least as many lines as it shows without scrolling, the ones without a row left blank (they
 * look like the empty lines a table draws below its last row). A table that sees its items
 * replaced builds every cell anew, and one whose number of lines changes takes every line in view
 * out of the scene and styles it again; either froze the window each time a run brought results.
 */
final class LiveRows {

    private final ObservableList<LiveRow> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private List<SummaryRow> rows = List.of();
    private int atLeast;

    ObservableList<LiveRow> lines() {
        return lines;
    }

    /** The unit of the rows shown (all rows of one chart share it); empty when there are none. */
    ReadOnlyStringProperty unit() {
        return unit.getReadOnlyProperty();
    }

    /** True while no line holds a row: the table's own placeholder can't tell, its lines are there. */
    ReadOnlyBooleanProperty empty() {
        return empty.getReadOnlyProperty();
    }

    /** @param count the lines the table shows without scrolling, kept even when blank */
    void keepAtLeast(int count) {
        if (count != atLeast) {
            atLeast = Math.max(0, count);
            show(rows);
        }
    }

    void show(List<SummaryRow> now) {
        rows = List.copyOf(now);
        int wanted = Math.max(rows.size(), atLeast);
        int kept = Math.min(wanted, lines.size());
        for (int i = 0; i < kept; i++) {
            SummaryRow row = i < rows.size() ? rows.get(i) : null;
            if (!Objects.equals(lines.get(i).get(), row)) {
                lines.get(i).set(row);
            }
        }
        if (wanted > kept) {
            lines.addAll(IntStream.range(kept, wanted)
                    .mapToObj(i -> new LiveRow(i < rows.size() ? rows.get(i) : null)).toList());
        } else if (lines.size() > wanted) {
            lines.remove(wanted, lines.size());
        }
        unit.set(rows.isEmpty() ? "" : rows.get(0).unit());
        empty.set(rows.isEmpty());
    }
}
