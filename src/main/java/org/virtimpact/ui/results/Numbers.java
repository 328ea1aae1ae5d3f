package org.virtimpact.ui.results;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers for tables: four significant digits at most, grouped for reading, in the person's
 * locale. Unknown values (the spread of a single repetition) show as a dash, not as zero.
 */
public final class Numbers {

    private final Locale locale;
    /**
     * One format per number of decimals, made once: a run formats every figure of the summary table
     * at each report, and making a format reads the locale's symbols and parses its pattern anew.
     */
    private final DecimalFormat[] byDecimals = new DecimalFormat[4];

    public Numbers(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        for (int decimals = 0; decimals < byDecimals.length; decimals++) {
            DecimalFormat format = new DecimalFormat("#,##0", symbols);
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            byDecimals[decimals] = format;
        }
    }

    public Locale locale() {
        return locale;
    }

    /** Safe from any thread: a {@link DecimalFormat} is not, so its use is taken in turn. */
    public synchronized String format(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        int decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : 3;
        return byDecimals[decimals].format(value);
    }
}
