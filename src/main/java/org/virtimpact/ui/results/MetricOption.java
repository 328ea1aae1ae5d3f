package org.virtimpact.ui.results;

import java.util.Objects;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.text.Words;

/** One entry of a device tab's metric list: a metric of one benchmark. */
public record MetricOption(String benchmark, MetricDef metric) {

    public MetricOption {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(metric, "metric");
    }

    /** What the list shows; the benchmark is named only when the device has several. */
    public String label(boolean withBenchmark) {
        return label(withBenchmark, Words.english());
    }

    /** @param words the language of the metric's title; the benchmark's id is a name, never translated */
    public String label(boolean withBenchmark, Words words) {
        String title = words.metric(benchmark, metric);
        return withBenchmark ? title + " (" + benchmark + ")" : title;
    }
}
