package org.virtimpact.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a grouped bar chart shows, independent of how it is drawn: the screen, a slide and an
 * exported file all start from the same spec, so they can never disagree about the numbers.
 *
 * @param valueAxisLabel the quantity and its unit, e.g. {@code Write throughput (MB/s)}
 * @param categories     matrix cells along the category axis, in display order
 * @param series         one per environment, in campaign order
 * @param whiskers       what each bar's {@link Bar#error()} is, so the figure can say so
 */
public record ChartSpec(String title, String valueAxisLabel, List<String> categories, List<Series> series,
                        Whiskers whiskers) {

    public ChartSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueAxisLabel, "valueAxisLabel");
        Objects.requireNonNull(whiskers, "whiskers");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** A spec whose whiskers are ± 1 standard deviation, as the workbench shows them. */
    public ChartSpec(String title, String valueAxisLabel, List<String> categories, List<Series> series) {
        this(title, valueAxisLabel, categories, series, Whiskers.standardDeviation());
    }

    /**
     * One environment's bars. {@code colour} is the environment's position in the campaign, not
     * in this chart, so an environment keeps its colour in every chart even when another one has
     * no results yet.
     */
    public record Series(String name, int colour, List<Bar> bars) {

        public Series {
            Objects.requireNonNull(name, "name");
            if (colour < 0) {
                throw new IllegalArgumentException("colour index must not be negative: " + colour);
            }
            bars = List.copyOf(bars);
        }

        public Optional<Bar> bar(String category) {
            return bars.stream().filter(b -> b.category().equals(category)).findFirst();
        }
    }

    /**
     * One cell's mean with its error bar: half the whisker's length, in the sense of the spec's
     * {@link Whiskers}. {@code error} is NaN when it cannot be known (a single repetition), which
     * draws the bar without a whisker rather than with a false zero.
     */
    public record Bar(String category, double mean, double error, int n) {

        public Bar {
            Objects.requireNonNull(category, "category");
        }

        public boolean hasError() {
            return Double.isFinite(error);
        }
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.bars().isEmpty());
    }
}
