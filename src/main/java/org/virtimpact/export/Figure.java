package org.virtimpact.export;

import java.util.Objects;
import org.virtimpact.chart.ChartQuery;
import org.virtimpact.chart.ChartSpec;

/**
 * One chart ready to leave the app.
 *
 * @param stem    file name without extension, unique within a study
 * @param caption the text under the figure when captions are on
 * @param notes   what a speaker would say about it: the deck's speaker notes
 */
public record Figure(String stem, ChartQuery query, ChartSpec spec, String caption, String notes) {

    public Figure {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(spec, "spec");
        caption = caption == null ? "" : caption;
        notes = notes == null ? "" : notes;
    }
}
