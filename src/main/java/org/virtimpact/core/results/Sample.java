package org.virtimpact.core.results;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One measured number from one repetition: a row of {@code results.csv}. */
public record Sample(String runId, Instant timestamp, String environment, String device, String benchmark,
                     String metric, double value, String unit, int repetition, String status,
                     Map<String, String> axes) {

    public static final String OK = "ok";
    /** Parsed from saved tool output by {@code virtimpact import}: measured, just not by this run. */
    public static final String IMPORTED = "imported";

    public Sample {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(metric, "metric");
        status = status == null || status.isBlank() ? OK : status;
        unit = unit == null ? "" : unit;
        device = device == null ? "" : device;
        // a SharedAxes is already immutable and without empty values: rows of one cell share it
        axes = axes instanceof SharedAxes ? axes : nonEmpty(axes);
    }

    private static Map<String, String> nonEmpty(Map<String, String> axes) {
        LinkedHashMap<String, String> nonEmpty = new LinkedHashMap<>();
        if (axes != null) {
            axes.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    nonEmpty.put(k, v);
                }
            });
        }
        return Collections.unmodifiableMap(nonEmpty);
    }

    /** Whether the statistics use this sample: measured here (ok) or imported from saved output. */
    public boolean counts() {
        return OK.equals(status) || IMPORTED.equals(status);
    }

    /** The matrix cell this sample belongs to, independent of environment and repetition. */
    public String cellLabel() {
        if (axes.isEmpty()) {
            return benchmark;
        }
        StringBuilder sb = new StringBuilder();
        axes.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }
}
