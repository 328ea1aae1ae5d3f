package org.virtimpact.core.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Confidence interval of a ratio of two independent means, mean(x) / mean(y), by Fieller's
 * theorem: the set of ratios r for which (x̄ − r·ȳ) / √(vx + r²·vy) stays within ±t, where vx and
 * vy are the squared standard errors. Unlike the delta method it is not forced to be symmetric,
 * which matters when the baseline is noisy. The degrees of freedom are Welch–Satterthwaite's for
 * the combination vx + r̂²·vy at the estimated ratio (as R's mratios::ttestratio does for unequal
 * variances). When the baseline mean is not clearly away from zero (ȳ² ≤ t²·vy) the set is
 * unbounded and both ends are NaN.
 */
final class FiellerInterval {

    private FiellerInterval() {
    }

    /** {low, high}; NaN when either side has fewer than two values or no spread is known. */
    static double[] of(double mx, double vx, long nx, double my, double vy, long ny, double confidence) {
        if (nx < 2 || ny < 2 || Double.isNaN(vx) || Double.isNaN(vy) || my == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double r = mx / my;
        if (vx == 0 && vy == 0) {
            return new double[] {r, r};
        }
        double df = Math.pow(vx + r * r * vy, 2) / (vx * vx / (nx - 1) + Math.pow(r, 4) * vy * vy / (ny - 1));
        double t = TDistribution.of(df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double a = my * my - t * t * vy;
        double disc = mx * mx * vy + my * my * vx - t * t * vx * vy;
        if (a <= 0 || disc < 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double root = t * Math.sqrt(disc);
        double lo = (mx * my - root) / a;
        double hi = (mx * my + root) / a;
        return new double[] {Math.min(lo, hi), Math.max(lo, hi)};
    }
}
