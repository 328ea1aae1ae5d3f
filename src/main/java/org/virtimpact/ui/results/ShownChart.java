package org.virtimpact.ui.results;

import java.util.Objects;
import org.virtimpact.chart.ChartDecor;
import org.virtimpact.chart.ChartSpec;

/** A device tab's chart as shown: the figure's numbers and what the screen draws over them. */
public record ShownChart(ChartSpec spec, ChartDecor decor) {

    public ShownChart {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(decor, "decor");
    }
}
