package org.virtimpact.core.bench;

import java.util.Objects;

/** One number a parser read from a tool's output. */
public record Measurement(String metric, double value, String unit) {

    public Measurement {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("metric " + metric + " has no finite value: " + value);
        }
    }
}
