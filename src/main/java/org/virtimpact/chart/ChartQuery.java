package org.virtimpact.chart;

import java.util.Objects;
import org.virtimpact.core.bench.MetricDef;

/**
 * Which figure to draw: one metric of one benchmark on one device. The benchmark is part of it
 * because two tools on the same device may both report, say, a "throughput".
 *
 * @param device device title as stored in the results, e.g. {@code Disk}
 */
public record ChartQuery(String device, String benchmark, MetricDef metric) {

    public ChartQuery {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(metric, "metric");
    }
}
