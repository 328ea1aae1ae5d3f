package org.virtimpact.ui.results;

import java.util.Objects;
import org.virtimpact.core.bench.MetricDef;

/** One entry of a device tab's metric list: a metric of one benchmark. */
public record MetricOption(String benchmark, MetricDef metric) {

    public MetricOption {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(metric, "metric");
    }

    /** What the list shows; the benchmark is named only when the device has several. */
    public String label(boolean withBenchmark) {
        return withBenchmark ? metric.title() + " (" + benchmark + ")" : metric.title();
    }
}
