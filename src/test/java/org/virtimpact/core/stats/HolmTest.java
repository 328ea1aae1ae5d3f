package org.virtimpact.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Expected values worked by hand from Holm's rule; R's p.adjust(c(.01,.04,.03,.005), "holm") agrees. */
class HolmTest {

    @Test
    void multipliesSortedPValuesByTheRemainingCountAndKeepsThemMonotone() {
        // sorted: .005*4 = .02, .01*3 = .03, .03*2 = .06, .04*1 = .04 -> max(.06, .04) = .06
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
                1e-15);
    }

    @Test
    void capsAtOne() {
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.6, 0.7}), 0);
    }

    @Test
    void untestableCellsStayOutOfTheFamily() {
        // one real p-value: a family of one, so it is not multiplied
        assertArrayEquals(new double[] {Double.NaN, 0.02}, Holm.adjust(new double[] {Double.NaN, 0.02}), 0);
    }
}
