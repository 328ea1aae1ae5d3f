package org.virtimpact.core.campaign;

import java.util.Objects;

/**
 * The researcher's note on one category of one chart (a device's metric of one benchmark, at one
 * set of matrix values), kept in {@code campaign.json} so it is shown again on reopening and
 * carried into exported decks.
 *
 * @param category the chart category, as {@code CellKey.category()} writes it, e.g. {@code block=512 size=8M}
 */
public record Annotation(String device, String benchmark, String metric, String category, String text) {

    public Annotation {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(category, "category");
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a note needs some text");
        }
    }

    /** Whether this note belongs on the chart of {@code device}'s {@code metric} of {@code benchmark}. */
    public boolean onChart(String otherDevice, String otherBenchmark, String otherMetric) {
        return device.equals(otherDevice) && benchmark.equals(otherBenchmark) && metric.equals(otherMetric);
    }
}
