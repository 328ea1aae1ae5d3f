package org.virtimpact.chart;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a bar's whisker means. The screen shows the spread of the runs; a figure for a paper or a
 * talk shows how well the mean is known. The figure states which, so it can't be misread.
 *
 * @param confidence level of the interval; ignored for {@link Kind#STANDARD_DEVIATION}
 */
public record Whiskers(Kind kind, double confidence) {

    public enum Kind { STANDARD_DEVIATION, CONFIDENCE_INTERVAL, RATIO_CONFIDENCE_INTERVAL }

    public Whiskers {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.STANDARD_DEVIATION && !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, not " + confidence);
        }
    }

    public static Whiskers standardDeviation() {
        return new Whiskers(Kind.STANDARD_DEVIATION, Double.NaN);
    }

    public static Whiskers confidenceInterval(double confidence) {
        return new Whiskers(Kind.CONFIDENCE_INTERVAL, confidence);
    }

    /** The Fieller interval of a ratio of means: not centred on the ratio, so bars carry both ends. */
    public static Whiskers ratioConfidenceInterval(double confidence) {
        return new Whiskers(Kind.RATIO_CONFIDENCE_INTERVAL, confidence);
    }

    /** For a caption: "± 1 standard deviation" or "95 % confidence interval of the mean". */
    public String describe() {
        return switch (kind) {
            case STANDARD_DEVIATION -> "± 1 standard deviation";
            case CONFIDENCE_INTERVAL -> percent(confidence) + " confidence interval of the mean";
            case RATIO_CONFIDENCE_INTERVAL -> percent(confidence) + " confidence interval of the ratio (Fieller)";
        };
    }

    /** 0.95 as "95 %", 0.995 as "99.5 %": no float noise in a caption. */
    public static String percent(double fraction) {
        return new BigDecimal(Double.toString(fraction * 100)).stripTrailingZeros().toPlainString() + " %";
    }
}
