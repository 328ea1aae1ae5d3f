package org.virtimpact.core.stats;

/**
 * How cells are compared with the baseline.
 *
 * @param confidence level of every interval; 1 − confidence is the significance level
 * @param threshold  smallest relative difference that matters in practice (0.02 = 2 %)
 * @param view       means (ratio of means, Welch's t-test) or medians (ratio of medians,
 *                   Mann–Whitney U) decide the verdict
 */
public record ComparisonSettings(double confidence, double threshold, View view) {

    public static final double DEFAULT_THRESHOLD = 0.02;

    public enum View { MEANS, MEDIANS }

    public ComparisonSettings {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, not " + confidence);
        }
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be from 0 to 1 (0.02 is 2 %), not " + threshold);
        }
        view = view == null ? View.MEANS : view;
    }

    public static ComparisonSettings defaults() {
        return new ComparisonSettings(Summary.DEFAULT_CONFIDENCE, DEFAULT_THRESHOLD, View.MEANS);
    }

    public double alpha() {
        return 1 - confidence;
    }
}
