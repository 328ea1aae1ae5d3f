package org.virtimpact.ui.results;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A line of the table beside a chart that keeps its place while its figures change. The table
 * holds these, not the rows themselves: putting a new row in a table's items makes it throw away
 * and build again every cell it shows, while a changed value only redraws the cells whose text
 * changed. A blank line (the table keeps a few below its rows) holds no row.
 */
public final class LiveRow {

    private final ReadOnlyObjectWrapper<SummaryRow> row;

    LiveRow(SummaryRow row) {
        this.row = new ReadOnlyObjectWrapper<>(row);
    }

    /** @return the row, or null on a blank line */
    public SummaryRow get() {
        return row.get();
    }

    boolean isBlank() {
        return row.get() == null;
    }

    ReadOnlyObjectProperty<SummaryRow> property() {
        return row.getReadOnlyProperty();
    }

    void set(SummaryRow now) {
        row.set(now);
    }
}
