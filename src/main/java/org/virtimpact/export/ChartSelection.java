package org.virtimpact.export;

import java.util.List;
import java.util.Objects;

/**
 * Which charts to export. By default one per device: the metric its results tab opens with (the
 * benchmark's headline figure). The workbench passes what its tabs show instead.
 */
public record ChartSelection(Mode mode, List<ChartPick> picks) {

    public enum Mode { HEADLINE_PER_DEVICE, ALL_METRICS, PICKED }

    /** One chart: a metric (its name in the results, e.g. {@code write_rate}) of one benchmark on one device. */
    public record ChartPick(String device, String benchmark, String metric) {
        public ChartPick {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(benchmark, "benchmark");
            Objects.requireNonNull(metric, "metric");
        }

        /** The chart's file name without extension, e.g. {@code disk-dd-write-rate}. */
        public String fileStem() {
            return FileNames.slug(device + "-" + benchmark + "-" + metric);
        }
    }

    public ChartSelection {
        Objects.requireNonNull(mode, "mode");
        picks = List.copyOf(picks);
    }

    public static ChartSelection headlines() {
        return new ChartSelection(Mode.HEADLINE_PER_DEVICE, List.of());
    }

    public static ChartSelection allMetrics() {
        return new ChartSelection(Mode.ALL_METRICS, List.of());
    }

    public static ChartSelection of(List<ChartPick> picks) {
        return new ChartSelection(Mode.PICKED, picks);
    }
}
