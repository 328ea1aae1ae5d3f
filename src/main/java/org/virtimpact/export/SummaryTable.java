package org.virtimpact.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.virtimpact.core.stats.Summary;
import org.virtimpact.core.text.Words;

/**
 * One metric's numbers for a paper: a row per matrix cell, a column per environment.
 *
 * @param environments column order: campaign order
 */
public record SummaryTable(String device, String benchmark, String metric, String metricTitle, String unit,
                           List<String> environments, List<Row> rows, double confidence) {

    public SummaryTable {
        Objects.requireNonNull(metricTitle, "metricTitle");
        unit = unit == null ? "" : unit;
        environments = List.copyOf(environments);
        rows = List.copyOf(rows);
    }

    /** "Write throughput (MB/s)", or the title alone for a unitless metric. */
    public String quantity() {
        return quantity(Words.english());
    }

    /**
     * The quantity in {@code words}' language. {@code metricTitle} itself stays English: it is
     * data in summary.csv, which reads the same whoever exported it.
     */
    public String quantity(Words words) {
        String title = words.title("metric." + benchmark + "." + metric, metricTitle);
        return unit.isBlank() ? title : title + " (" + unit + ")";
    }

    /** @param values one per environment, empty where that environment has no result for the cell */
    public record Row(String cell, List<Optional<Summary>> values) {

        public Row {
            Objects.requireNonNull(cell, "cell");
            values = List.copyOf(values);
        }
    }
}
