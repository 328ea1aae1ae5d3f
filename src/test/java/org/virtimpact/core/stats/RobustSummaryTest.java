package org.virtimpact.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Harmonic mean, rank-based median interval and published summaries. Expected numbers come from
 * SciPy 1.17.1 (python3 -c "from scipy import stats; ...", each command quoted beside its value)
 * or from the binomial table by hand.
 */
class RobustSummaryTest {

    @Test
    void harmonicMeanIsCountOverSumOfReciprocals() {
        // stats.hmean([1, 2, 4]) = 1.7142857142857142 (3 / 1.75)
        assertEquals(1.7142857142857142, Summary.of(new double[] {1, 2, 4}, 0.95).harmonicMean(), 1e-15);
    }

    @Test
    void harmonicMeanIsUnknownWhenAValueIsNotPositive() {
        assertTrue(Double.isNaN(Summary.of(new double[] {0, 2, 4}, 0.95).harmonicMean()));
    }

    @Test
    void medianIntervalOfTenValuesIsSecondToNinthOrderStatistic() {
        // P(Bin(10, 1/2) <= 1) = 11/1024 = 0.0107421875 <= 0.025 < P(<= 2) = 56/1024: k = 2,
        // coverage 1 - 2 * 11/1024 = 0.978515625 (stats.binom.cdf(1, 10, .5)); the classic table value
        Summary s = Summary.of(new double[] {7, 3, 10, 1, 5, 9, 2, 8, 4, 6}, 0.95);

        assertEquals(2.0, s.medianCiLow());
        assertEquals(9.0, s.medianCiHigh());
        assertEquals(0.978515625, s.medianCiCoverage(), 1e-15);
    }

    @Test
    void medianIntervalOfTwentyValuesIsSixthToFifteenth() {
        // stats.binom.cdf(5, 20, .5) = 0.0206947 <= 0.025 < cdf(6) = 0.0576591: k = 6, x(6)..x(15)
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            v[i] = 20 - i;
        }
        Summary s = Summary.of(v, 0.95);

        assertEquals(6.0, s.medianCiLow());
        assertEquals(15.0, s.medianCiHigh());
        assertEquals(1 - 2 * 0.020694732666015625, s.medianCiCoverage(), 1e-15);
    }

    @Test
    void medianIntervalIsUnknownWhenTooFewValuesForTheLevel() {
        // with 5 values the narrowest interval, min..max, covers only 1 - 2/32 = 93.75 % < 95 %
        Summary s = Summary.of(new double[] {1, 2, 3, 4, 5}, 0.95);

        assertTrue(Double.isNaN(s.medianCiLow()) && Double.isNaN(s.medianCiHigh()), s.toString());
    }

    @Test
    void publishedMeanWithNAndSdGetsAStudentTInterval() {
        // stats.t.ppf(0.975, 9) = 2.262157162798205; half width = 2.2621571628 * 5 / sqrt(10)
        Summary s = Summary.published(100, OptionalInt.of(10), OptionalDouble.of(5), 0.95);
        double half = 2.262157162798205 * 5 / Math.sqrt(10);

        assertEquals(100 - half, s.ciLow(), 1e-9);
        assertEquals(100 + half, s.ciHigh(), 1e-9);
        assertEquals(Summary.Origin.PUBLISHED, s.origin());
    }

    @Test
    void publishedMeanAloneHasNoSpreadNoIntervalAndNoMedian() {
        Summary s = Summary.published(897, OptionalInt.empty(), OptionalDouble.empty(), 0.95);

        assertEquals(897.0, s.mean());
        assertEquals(0, s.n(), "0 stands for 'not published'");
        assertTrue(Double.isNaN(s.sd()) && Double.isNaN(s.ciLow()) && Double.isNaN(s.median()), s.toString());
    }

    @Test
    void publishedMeanWithNButNoSdHasNoInterval() {
        Summary s = Summary.published(50, OptionalInt.of(7), OptionalDouble.empty(), 0.95);

        assertEquals(7, s.n());
        assertTrue(Double.isNaN(s.ciLow()));
    }
}
