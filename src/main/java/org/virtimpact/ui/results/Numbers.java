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

    public Numbers(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String format(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        int decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : 3;
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
