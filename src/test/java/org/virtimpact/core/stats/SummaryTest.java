package org.virtimpact.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Expected values are computed by hand, not by the library under test; the t quantiles come from
 * published Student-t tables (and agree with R's qt()).
 */
class SummaryTest {

    private static final double EPS = 1e-12;

    /** t(0.975, df = 4): two-sided 95 % with 5 values. */
    private static final double T_975_DF4 = 2.7764451051977987;
    /** t(0.975, df = 3): two-sided 95 % with 4 values. */
    private static final double T_975_DF3 = 3.182446305284263;
    /** t(0.95, df = 4): two-sided 90 % with 5 values. */
    private static final double T_95_DF4 = 2.131846786326649;

    // 10, 12, 9, 11, 13: sum 55, mean 11; deviations -1, 1, -2, 0, 2 square to 10; / (n-1) = 2.5
    private static final double[] FIVE = {10, 12, 9, 11, 13};
    private static final double FIVE_SD = Math.sqrt(2.5);

    @Test
    void countsTheValues() {
        assertEquals(5, Summary.of(FIVE, 0.95).n());
    }

    @Test
    void meanIsTheArithmeticMean() {
        assertEquals(11.0, Summary.of(FIVE, 0.95).mean(), EPS);
    }

    @Test
    void sdIsTheSampleStandardDeviationWithNMinusOne() {
        // the population sd would be sqrt(10 / 5) = 1.414...; n − 1 gives 1.5811...
        assertEquals(FIVE_SD, Summary.of(FIVE, 0.95).sd(), EPS);
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(11.0, Summary.of(FIVE, 0.95).median(), EPS);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, Summary.of(new double[] {4, 1, 3, 2}, 0.95).median(), EPS);
    }

    @Test
    void minAndMaxAreTheExtremes() {
        Summary s = Summary.of(FIVE, 0.95);

        assertEquals(9.0, s.min(), EPS);
        assertEquals(13.0, s.max(), EPS);
    }

    @Test
    void ciIsMeanPlusMinusStudentTTimesStandardError() {
        // half width = 2.7764451 * sqrt(2.5) / sqrt(5) = 1.96324...
        double half = T_975_DF4 * FIVE_SD / Math.sqrt(5);
        Summary s = Summary.of(FIVE, 0.95);

        assertEquals(11.0 - half, s.ciLow(), 1e-9);
        assertEquals(11.0 + half, s.ciHigh(), 1e-9);
        assertEquals(1.9632432, half, 1e-7);
    }

    @Test
    void ciUsesTheDegreesOfFreedomOfTheSampleSize() {
        // 4, 1, 3, 2: mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, var 5/3
        double half = T_975_DF3 * Math.sqrt(5.0 / 3) / Math.sqrt(4);
        Summary s = Summary.of(new double[] {4, 1, 3, 2}, 0.95);

        assertEquals(2.5 + half, s.ciHigh(), 1e-9);
    }

    @Test
    void ciFollowsTheRequestedConfidence() {
        double half = T_95_DF4 * FIVE_SD / Math.sqrt(5);

        assertEquals(11.0 + half, Summary.of(FIVE, 0.90).ciHigh(), 1e-9);
    }

    @Test
    void aSingleValueHasUnknownSpreadNotZero() {
        Summary s = Summary.of(new double[] {42}, 0.95);

        assertEquals(42.0, s.mean());
        assertTrue(Double.isNaN(s.sd()), "sd " + s.sd());
        assertTrue(Double.isNaN(s.ciLow()) && Double.isNaN(s.ciHigh()), s.toString());
    }

    @Test
    void identicalValuesHaveZeroSpread() {
        Summary s = Summary.of(new double[] {7, 7, 7}, 0.95);

        assertEquals(0.0, s.sd());
        assertEquals(7.0, s.ciLow());
    }

    @Test
    void doesNotReorderTheCallersArray() {
        double[] values = {3, 1, 2};

        Summary.of(values, 0.95);

        assertEquals(3.0, values[0]);
    }

    @Test
    void refusesNoValues() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[0], 0.95));
    }

    @Test
    void refusesAConfidenceOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(FIVE, 95));
    }

    @Test
    void cvIsSdOverMean() {
        assertEquals(FIVE_SD / 11.0, Summary.of(FIVE, 0.95).cv(), EPS);
    }
}
