package org.virtimpact.export;

import java.util.List;
import org.virtimpact.chart.ChartQuery;

/**
 * The researcher's own notes on a chart, which lead its speaker notes, before the generated
 * description. This is the seam for the notes and annotations feature: until that lands, the
 * deck is built with {@link #none()} and its notes are the generated description alone.
 */
@FunctionalInterface
public interface FigureNotes {

    /** Paragraphs about the chart of {@code query}, in the order to read them; empty when there are none. */
    List<String> about(ChartQuery query);

    static FigureNotes none() {
        return query -> List.of();
    }
}
