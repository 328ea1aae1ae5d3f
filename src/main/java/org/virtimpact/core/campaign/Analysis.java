package org.virtimpact.core.campaign;

/**
 * How the researcher last chose to compare the campaign's environments, kept so the comparison
 * (and the conclusions written against it) looks the same on reopening.
 *
 * @param baseline   environment the others are compared with; empty for the first with results
 * @param confidence level of every interval, e.g. 0.95
 * @param threshold  smallest relative difference that matters in practice (0.02 = 2 %)
 */
public record Analysis(String baseline, double confidence, double threshold) {

    public static final double DEFAULT_CONFIDENCE = 0.95;
    public static final double DEFAULT_THRESHOLD = 0.02;

    public Analysis {
        baseline = baseline == null ? "" : baseline;
        // 0 is what an absent field reads as; out-of-range values from a hand-edited file fall back too
        confidence = confidence > 0 && confidence < 1 ? confidence : DEFAULT_CONFIDENCE;
        threshold = threshold >= 0 && threshold < 1 ? threshold : DEFAULT_THRESHOLD;
    }

    public static Analysis defaults() {
        return new Analysis("", DEFAULT_CONFIDENCE, DEFAULT_THRESHOLD);
    }
}
