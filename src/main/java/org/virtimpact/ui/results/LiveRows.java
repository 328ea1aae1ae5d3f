package org.virtimpact.ui.results;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The table's lines, used as slots: new rows go into the lines already there, and only the
 * difference in number is added or removed at the end. A table that sees its items replaced, or
 * filled again from empty, builds every cell anew, which is what froze the window each time a run
 * brought new results.
 */
final class LiveRows {

    private final ObservableList<LiveRow> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper("");

    ObservableList<LiveRow> lines() {
        return lines;
    }

    /** The unit of the rows shown (all rows of one chart share it); empty when there are none. */
    ReadOnlyStringProperty unit() {
        return unit.getReadOnlyProperty();
    }

    void show(List<SummaryRow> rows) {
        int kept = Math.min(rows.size(), lines.size());
        for (int i = 0; i < kept; i++) {
            LiveRow line = lines.get(i);
            if (!line.get().equals(rows.get(i))) {
                line.set(rows.get(i));
            }
        }
        // A new number of lines still costs a pass over every cell in view: VirtualFlow takes them all
        // out of the scene and puts them back. Adding lines one by one would pay that once per line.
        if (rows.size() > kept) {
            lines.addAll(rows.subList(kept, rows.size()).stream().map(LiveRow::new).toList());
        } else if (lines.size() > kept) {
            lines.remove(kept, lines.size());
        }
        unit.set(rows.isEmpty() ? "" : rows.get(0).unit());
    }
}
