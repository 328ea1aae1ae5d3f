package org.virtimpact.core.stats;

import java.util.Arrays;
import java.util.Optional;
import org.virtimpact.core.results.PublishedSummary;

/**
 * What is known about one cell: the values of its runs, and a published summary if one was
 * imported. Runs win when both exist (the report warns), since they carry more information.
 */
public final class CellValues {

    private double[] values = new double[4];
    private int size;
    private Optional<PublishedSummary> published = Optional.empty();

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void publish(PublishedSummary summary) {
        published = Optional.of(summary);
    }

    /** A copy of the run values, in the order they were recorded. */
    public double[] values() {
        return Arrays.copyOf(values, size);
    }

    public int runs() {
        return size;
    }

    public Optional<PublishedSummary> published() {
        return published;
    }

    /** True when a published summary exists but runs of the same cell take its place. */
    public boolean publishedIgnored() {
        return size > 0 && published.isPresent();
    }

    public Summary summary(double confidence) {
        if (size > 0) {
            return Summary.of(values(), confidence);
        }
        PublishedSummary p = published.orElseThrow(() -> new IllegalStateException("an empty cell"));
        return Summary.published(p.mean(), p.n(), p.sd(), confidence);
    }
}
