package org.virtimpact.core.stats;

/**
 * One cell of an environment set against the same cell of the baseline. Plain numbers for a
 * table; NaN where the data cannot support the figure (no spread known, a single run, a
 * published mean without n and sd).
 *
 * @param ratio            this environment's mean (or median, in the medians view) over the baseline's
 * @param ratioCiLow       Fieller interval of the ratio of means; NaN in the medians view
 * @param percentDifference (ratio − 1) × 100
 * @param welchP           Welch's unequal-variance t-test, two-sided
 * @param mannWhitneyP     Mann–Whitney U test, two-sided (runs only)
 * @param welchPHolm       Holm-corrected across the cells of this device and environment
 */
public record Comparison(CellKey cell, String baseline, Summary summary, Summary baselineSummary, double ratio,
                         double ratioCiLow, double ratioCiHigh, double percentDifference, double welchP,
                         double mannWhitneyP, double welchPHolm, double mannWhitneyPHolm, Direction direction,
                         ComparisonSettings.View view, Verdict verdict) {

    /** The p-value of the view's test: Welch for means, Mann–Whitney for medians. */
    public double p() {
        return view == ComparisonSettings.View.MEANS ? welchP : mannWhitneyP;
    }

    public double pHolm() {
        return view == ComparisonSettings.View.MEANS ? welchPHolm : mannWhitneyPHolm;
    }

    /** Whether this environment did better than the baseline, in the metric's own direction. */
    public boolean better() {
        return direction.higherIsBetter() ? ratio > 1 : ratio < 1;
    }

    public String testName() {
        return view == ComparisonSettings.View.MEANS ? "Welch t-test" : "Mann-Whitney U";
    }
}
