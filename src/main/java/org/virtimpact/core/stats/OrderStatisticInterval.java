package org.virtimpact.core.stats;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * The distribution-free confidence interval of a median: the order statistics x(k) and
 * x(n−k+1), with the largest k whose binomial tail P(B ≤ k−1), B ~ Bin(n, ½), stays within
 * (1 − confidence) / 2. Its exact coverage 1 − 2·P(B ≤ k−1) is kept, since it is usually above
 * the level asked for. When n is too small for any k (n ≤ 5 at 95 %) the interval is NaN.
 */
record OrderStatisticInterval(double low, double high, double coverage) {

    static final OrderStatisticInterval NONE = new OrderStatisticInterval(Double.NaN, Double.NaN, Double.NaN);

    static OrderStatisticInterval ofMedian(double[] sorted, double confidence) {
        int n = sorted.length;
        double tail = (1 - confidence) / 2;
        BinomialDistribution b = BinomialDistribution.of(n, 0.5);
        // the smallest j with P(B <= j) >= tail; the wanted k - 1 is j itself only on equality
        int j = b.inverseCumulativeProbability(tail);
        int k = Math.min(b.cumulativeProbability(j) <= tail ? j + 1 : j, (n + 1) / 2);
        if (k <= 0) {
            return NONE;
        }
        return new OrderStatisticInterval(sorted[k - 1], sorted[n - k], 1 - 2 * b.cumulativeProbability(k - 1));
    }
}
