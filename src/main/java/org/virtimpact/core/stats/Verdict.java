package org.virtimpact.core.stats;

/**
 * What a cell's comparison with the baseline says. "Faster" means better in the metric's own
 * direction (higher throughput, lower time). The rules, in order:
 * <ol>
 * <li>no test was possible (fewer than two values on a side, a published mean without n and sd)
 *     → {@link #NOT_TESTABLE};</li>
 * <li>Holm-corrected p ≥ 1 − confidence → {@link #NO_SIGNIFICANT_DIFFERENCE};</li>
 * <li>significant but |ratio − 1| below the practical threshold → {@link #BELOW_THRESHOLD};</li>
 * <li>otherwise {@link #FASTER_SIGNIFICANT} or {@link #SLOWER_SIGNIFICANT}.</li>
 * </ol>
 */
public enum Verdict {
    FASTER_SIGNIFICANT("faster, significant", "mais rápido, significativo"),
    SLOWER_SIGNIFICANT("slower, significant", "mais lento, significativo"),
    NO_SIGNIFICANT_DIFFERENCE("no significant difference", "sem diferença significativa"),
    BELOW_THRESHOLD("difference below threshold", "diferença abaixo do limiar"),
    NOT_TESTABLE("not testable", "não testável");

    private final String english;
    private final String portuguese;

    Verdict(String english, String portuguese) {
        this.english = english;
        this.portuguese = portuguese;
    }

    public String english() {
        return english;
    }

    public String portuguese() {
        return portuguese;
    }

    public boolean significantDifference() {
        return this == FASTER_SIGNIFICANT || this == SLOWER_SIGNIFICANT;
    }
}
