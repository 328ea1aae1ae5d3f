package org.virtimpact.core.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A number someone else published about a cell: its mean, and the number of runs and the standard
 * deviation where the source gave them. It is kept as a summary, never expanded into runs, so no
 * statistic is computed that the source's data could not support.
 *
 * @param source where the number came from (file and line it was imported from)
 */
public record PublishedSummary(String environment, String device, String benchmark, String metric, String unit,
                               double mean, OptionalInt n, OptionalDouble sd, Map<String, String> axes,
                               String source) {

    public PublishedSummary {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(n, "n");
        Objects.requireNonNull(sd, "sd");
        device = device == null ? "" : device;
        unit = unit == null ? "" : unit;
        source = source == null ? "" : source;
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("a published mean must be a finite number, not " + mean);
        }
        if (n.isPresent() && n.getAsInt() < 1) {
            throw new IllegalArgumentException("a published n must be at least 1, not " + n.getAsInt());
        }
        if (sd.isPresent() && !(sd.getAsDouble() >= 0 && Double.isFinite(sd.getAsDouble()))) {
            throw new IllegalArgumentException("a published sd must be zero or more, not " + sd.getAsDouble());
        }
        LinkedHashMap<String, String> nonEmpty = new LinkedHashMap<>();
        if (axes != null) {
            axes.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    nonEmpty.put(k, v);
                }
            });
        }
        axes = Collections.unmodifiableMap(nonEmpty);
    }
}
