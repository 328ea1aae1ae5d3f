package org.virtimpact.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as a paper prints them: the interval's half-width to two significant digits and the
 * mean to the same decimal place ("312.5 ± 5.1"), since digits beyond the uncertainty are noise.
 * Without an interval the mean keeps four significant digits. Always '.' as decimal mark.
 */
final class ValueFormat {

    private static final MathContext TWO = new MathContext(2, RoundingMode.HALF_EVEN);
    private static final MathContext FOUR = new MathContext(4, RoundingMode.HALF_EVEN);

    private ValueFormat() {
    }

    /** The mean and the half-width, rounded together; the half-width is empty when unknown. */
    record Rounded(String mean, String halfWidth) {
        boolean hasHalfWidth() {
            return !halfWidth.isEmpty();
        }
    }

    static Rounded round(double mean, double halfWidth) {
        if (!Double.isFinite(mean)) {
            return new Rounded("–", "");
        }
        if (!Double.isFinite(halfWidth) || halfWidth <= 0) {
            String m = plain(new BigDecimal(mean).round(FOUR));
            return new Rounded(m, halfWidth == 0 ? "0" : "");
        }
        BigDecimal half = new BigDecimal(halfWidth).round(TWO);
        BigDecimal m = new BigDecimal(mean).setScale(half.scale(), RoundingMode.HALF_EVEN);
        return new Rounded(plain(m), plain(half));
    }

    /** "312.5 ± 5.1", or "312.5" when the interval can't be known. */
    static String meanAndHalfWidth(double mean, double halfWidth) {
        Rounded r = round(mean, halfWidth);
        return r.hasHalfWidth() ? r.mean() + " ± " + r.halfWidth() : r.mean();
    }

    /** Four significant digits, for lone figures such as a confidence bound. */
    static String number(double value) {
        return Double.isFinite(value) ? plain(new BigDecimal(value).round(FOUR)) : "–";
    }

    /** A negative scale (rounding to tens) still prints as digits, never as 1.2E+3. */
    private static String plain(BigDecimal value) {
        BigDecimal v = value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
        String s = v.toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
