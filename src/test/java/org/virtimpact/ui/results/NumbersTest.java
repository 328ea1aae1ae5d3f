package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private final Numbers numbers = new Numbers(Locale.ROOT);

    @Test
    void groupsLargeValuesWithoutDecimals() {
        assertEquals("12,346", numbers.format(12345.6));
    }

    @Test
    void keepsAboutFourSignificantDigits() {
        assertEquals("123.5", numbers.format(123.456));
        assertEquals("0.012", numbers.format(0.01234));
    }

    @Test
    void showsAnUnknownSpreadAsADash() {
        assertEquals("–", numbers.format(Double.NaN));
    }

    @Test
    void followsTheLocale() {
        assertEquals("12,50", new Numbers(Locale.GERMANY).format(12.5));
        assertEquals("1.500", new Numbers(Locale.GERMANY).format(1500));
    }
}
