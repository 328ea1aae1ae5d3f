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
     * draws the bar without a whisker rather than with a false zero. A whisker that is not centred
     * on the bar (the interval of a ratio) has a NaN {@code error} and its ends in {@code low} and
     * {@code high}.
     *
     * @param n runs behind the bar; 0 when a published value did not say
     */
    public record Bar(String category, double mean, double error, int n, double low, double high) {

        public Bar {
            Objects.requireNonNull(category, "category");
        }

        /** A bar whose whisker runs from {@code mean - error} to {@code mean + error}. */
        public Bar(String category, double mean, double error, int n) {
            this(category, mean, error, n, mean - error, mean + error);
        }

        /** A bar whose whisker runs from {@code low} to {@code high}, not necessarily around {@code value}. */
        public static Bar interval(String category, double value, double low, double high, int n) {
            return new Bar(category, value, Double.NaN, n, low, high);
        }

        public boolean hasError() {
            return Double.isFinite(error);
        }

        /** A whisker to draw: either kind, as long as both ends are known. */
        public boolean hasInterval() {
            return Double.isFinite(low) && Double.isFinite(high);
        }
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.bars().isEmpty());
    }
}
