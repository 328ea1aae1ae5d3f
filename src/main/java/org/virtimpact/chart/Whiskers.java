package org.virtimpact.chart;

import java.math.BigDecimal;
import java.util.Objects;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.text.Words;

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
        return describe(Words.english());
    }

    /** For a caption in {@code words}' language: "intervalo de confiança de 95 % da média". */
    public String describe(Words words) {
        // no level for a standard deviation: its confidence is NaN
        return words.text(switch (kind) {
            case STANDARD_DEVIATION -> Message.of("whiskers.sd", "± 1 standard deviation");
            case CONFIDENCE_INTERVAL -> Message.of("whiskers.ci", "{0} confidence interval of the mean",
                    percent(confidence, words));
            case RATIO_CONFIDENCE_INTERVAL -> Message.of("whiskers.ratio",
                    "{0} confidence interval of the ratio (Fieller)", percent(confidence, words));
        });
    }

    /** 0.95 as "95 %", 0.995 as "99.5 %": no float noise in a caption. */
    public static String percent(double fraction) {
        return percent(fraction, Words.english());
    }

    /** 0.995 as "99,5 %" for a Portuguese reader. */
    public static String percent(double fraction, Words words) {
        return words.decimal(new BigDecimal(Double.toString(fraction * 100)).stripTrailingZeros().toPlainString())
                + " %";
    }
}
