package org.virtimpact.core.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of a family of p-values (Holm 1979), the same numbers as R's
 * {@code p.adjust(p, "holm")}: sorted ascending, the i-th (from 0) is multiplied by (m − i),
 * made monotone with a running maximum and capped at 1. NaN entries (cells that could not be
 * tested) are not part of the family and stay NaN.
 */
final class Holm {

    private Holm() {
    }

    static double[] adjust(double[] p) {
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        int m = order.length;
        double running = 0;
        for (int i = 0; i < m; i++) {
            running = Math.max(running, Math.min(1, (m - i) * p[order[i]]));
            out[order[i]] = running;
        }
        return out;
    }
}
