package org.virtimpact.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quoting rules themselves; LocalShellTest checks that a real sh agrees with them. */
class ShellQuoteTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "plain       | 'plain'",
            "~~          | ''",
            "it's        | 'it'\"'\"'s'",
            "$(rm -rf x) | '$(rm -rf x)'"})
    void wrapsInSingleQuotesAndSplicesEmbeddedOnes(String value, String expected) {
        assertEquals(expected, ShellQuote.quote(value));
    }

    @Test
    void refusesANulCharacterWhichNoShellArgumentCanHold() {
        assertThrows(IllegalArgumentException.class, () -> ShellQuote.quote("a\0b"));
    }
}
