package org.virtimpact.core.stats;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.statistics.descriptive.Max;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Min;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Descriptive statistics of one cell. {@code sd} is the sample standard deviation (n − 1) and
 * the confidence interval of the mean uses Student's t; both are NaN for a single value, where no
 * spread can be known, rather than a misleading zero. Every field is a plain number so a table
 * can show it; NaN means "cannot be known from this data".
 *
 * @param harmonicMean n / Σ(1/x): the right average of rates; NaN unless every value is positive
 * @param medianCiLow  lower end of the rank-based (order-statistic) interval of the median
 * @param medianCiCoverage the interval's exact binomial coverage, at least {@code confidence}
 * @param origin       whether the numbers come from runs or from a published summary
 */
public record Summary(int n, double mean, double sd, double median, double min, double max,
                      double confidence, double ciLow, double ciHigh, double harmonicMean,
                      double medianCiLow, double medianCiHigh, double medianCiCoverage, Origin origin) {

    public static final double DEFAULT_CONFIDENCE = 0.95;

    /** Runs measured (or imported one row per run), or a summary someone published. */
    public enum Origin { MEASURED, PUBLISHED }

    public static Summary of(double[] values, double confidence) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to summarise");
        }
        checkConfidence(confidence);
        double[] v = Arrays.copyOf(values, values.length);
        int n = v.length;
        double mean = Mean.of(v).getAsDouble();
        double sd = n > 1 ? StandardDeviation.of(v).getAsDouble() : Double.NaN;
        double half = halfWidth(sd, n, confidence);
        Arrays.sort(v);
        OrderStatisticInterval mci = OrderStatisticInterval.ofMedian(v, confidence);
        return new Summary(n, mean, sd, Median.withDefaults().withCopy(false).evaluate(v), Min.of(v).getAsDouble(),
                Max.of(v).getAsDouble(), confidence, mean - half, mean + half, harmonicMean(v),
                mci.low(), mci.high(), mci.coverage(), Origin.MEASURED);
    }

    /**
     * A published mean. With n and sd the t interval is computed as for runs (it needs nothing
     * else); without them it stays NaN. n is 0 when the source did not say how many runs.
     */
    public static Summary published(double mean, OptionalInt n, OptionalDouble sd, double confidence) {
        checkConfidence(confidence);
        int count = n.orElse(0);
        double s = sd.orElse(Double.NaN);
        double half = halfWidth(s, count, confidence);
        return new Summary(count, mean, s, Double.NaN, Double.NaN, Double.NaN, confidence, mean - half,
                mean + half, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Origin.PUBLISHED);
    }

    private static void checkConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, not " + confidence);
        }
    }

    private static double halfWidth(double sd, int n, double confidence) {
        if (n < 2 || Double.isNaN(sd)) {
            return Double.NaN;
        }
        double t = TDistribution.of(n - 1.0).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return t * sd / Math.sqrt(n);
    }

    /** Not in Commons Statistics 1.1; a reciprocal sum is arithmetic, not a distribution. */
    private static double harmonicMean(double[] sorted) {
        if (sorted[0] <= 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double x : sorted) {
            sum += 1 / x;
        }
        return sorted.length / sum;
    }

    /** Coefficient of variation, sd / mean. */
    public double cv() {
        return sd / mean;
    }

    public boolean isPublished() {
        return origin == Origin.PUBLISHED;
    }
}
