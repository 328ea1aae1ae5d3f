package org.virtimpact.core.stats;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Max;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Min;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Descriptive statistics of one cell. {@code sd} is the sample standard deviation (n − 1) and
 * the confidence interval uses Student's t; both are NaN for a single value, where no spread
 * can be known, rather than a misleading zero.
 */
public record Summary(int n, double mean, double sd, double median, double min, double max,
                      double confidence, double ciLow, double ciHigh) {

    public static final double DEFAULT_CONFIDENCE = 0.95;

    public static Summary of(double[] values, double confidence) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to summarise");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, not " + confidence);
        }
        double[] v = Arrays.copyOf(values, values.length);
        int n = v.length;
        double mean = Mean.of(v).getAsDouble();
        double sd = n > 1 ? StandardDeviation.of(v).getAsDouble() : Double.NaN;
        double half = Double.NaN;
        if (n > 1) {
            double t = TDistribution.of(n - 1.0).inverseCumulativeProbability(1 - (1 - confidence) / 2);
            half = t * sd / Math.sqrt(n);
        }
        return new Summary(n, mean, sd, Median.withDefaults().evaluate(v), Min.of(v).getAsDouble(),
                Max.of(v).getAsDouble(), confidence, mean - half, mean + half);
    }

    /** Coefficient of variation, sd / mean. */
    public double cv() {
        return sd / mean;
    }
}
