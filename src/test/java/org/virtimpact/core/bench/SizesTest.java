package org.virtimpact.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizesTest {

    @ParameterizedTest(name = "{0} = {1} bytes")
    @CsvSource({
            "512,      512",
            "512K,     524288",       // 512 * 2^10
            "45M,      47185920",     // 45 * 2^20
            "45MiB,    47185920",     // MiB is the same power of 1024 as M
            "128MB,    128000000",    // MB is a power of 1000, as in dd
            "4G,       4294967296",   // 4 * 2^30
            "1kB,      1000",
            "2TiB,     2199023255552" // 2 * 2^40
    })
    void parsesUnitsAsPowersOf1024Or1000(String text, long expected) {
        assertEquals(expected, Sizes.parseBytes(text));
    }

    @Test
    void acceptsLowerCaseUnits() {
        assertEquals(45L << 20, Sizes.parseBytes("45mib"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-5", "12Q", "45Q", "1.5G", "99999999999999999999", "9999999999T"})
    void refusesWithAMessageNamingTheValue(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sizes.parseBytes(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void refusesZeroSayingItIsZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sizes.parseBytes("0"));
        assertTrue(e.getMessage().contains("zero"), e.getMessage());
    }

    @Test
    void refusesAnUnknownUnitNamingTheUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sizes.parseBytes("12Q"));
        assertTrue(e.getMessage().contains("unknown unit 'Q'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesAMissingSizeWithAnExample(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sizes.parseBytes(text));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(IllegalArgumentException.class, () -> Sizes.parseBytes(null));
    }

    @Test
    void refusesAProductThatOverflowsALong() {
        // 8 EiB is one past Long.MAX_VALUE; multiplyExact must catch it instead of wrapping negative
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sizes.parseBytes("8388608T"));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    // 1536 is 1.5 KiB, not a whole number of KiB, so it stays in bytes rather than being rounded
    @ParameterizedTest
    @CsvSource({"134217728, 128 MiB", "512, 512 B", "1000, 1000 B", "1536, 1536 B"})
    void formatsInTheLargestWholeBinaryUnit(long bytes, String expected) {
        assertEquals(expected, Sizes.format(bytes));
    }
}
