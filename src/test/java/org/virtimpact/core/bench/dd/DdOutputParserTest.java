package org.virtimpact.core.bench.dd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.OutputParseException;

/**
 * Formats no machine here prints, written from the printf formats in coreutils' src/dd.c at the
 * tags named; real captures of the formats this machine prints are golden files (bench/dd).
 */
class DdOutputParserTest {

    private final DdOutputParser parser = new DdOutputParser();

    private DdOutputParser.Transfer only(String output) throws OutputParseException {
        List<DdOutputParser.Transfer> transfers = parser.read(output).transfers();
        assertEquals(1, transfers.size(), output);
        return transfers.get(0);
    }

    @Test
    void readsCoreutils5SummaryWithSecondsSpelledOut() throws OutputParseException {
        // v5.3.0..v6.0: "%s bytes (%s) copied" then ", %g seconds, %s/s"
        DdOutputParser.Transfer t = only("134217728 bytes (134 MB) copied, 1.23456 seconds, 109 MB/s\n");

        assertEquals(134217728L, t.bytes());
        assertEquals(1.23456, t.seconds(), 0);
    }

    @Test
    void readsCoreutils6To824SummaryWithOneHumanSize() throws OutputParseException {
        // v6.1..v8.24: "%"PRIuMAX" bytes (%s) copied" then ", %g s, %s/s"
        assertEquals(0.0417896, only("8388608 bytes (8.4 MB) copied, 0.0417896 s, 201 MB/s").seconds(), 0);
    }

    @Test
    void readsATimeThatPercentGPrintedWithAnExponent() throws OutputParseException {
        assertEquals(5.2e-05, only("512 bytes (512 B) copied, 5.2e-05 s, 9.8 MB/s").seconds(), 0);
    }

    @Test
    void readsADecimalCommaInAnExponentTime() throws OutputParseException {
        assertEquals(5.2e-05, only("512 Bytes (512 B) kopiert, 5,2e-05 s, 9,8 MB/s").seconds(), 0);
    }

    @Test
    void readsByteCountsGroupedWithNarrowOrPlainNoBreakSpaces() throws OutputParseException {
        assertEquals(8388608L, only("8\u202F388\u202F608 octets (8,4 MB, 8,0 MiB) copiés, 0,04 s, 210 MB/s").bytes());
        assertEquals(8388608L, only("8\u00A0388\u00A0608\u00A0octets (8,4 MB) copiés, 0,04 s, 210 MB/s").bytes());
        assertEquals(8388608L, only("8 388 608 bytes (8.4 MB) copied, 0.04 s, 210 MB/s").bytes());
    }

    @Test
    void takesTheLastTimeOnALineFullOfDecimalCommas() throws OutputParseException {
        DdOutputParser.Transfer t = only("1073741824 Bytes (1,1 GB, 1,0 GiB) kopiert, 4,27334 s, 251 MB/s");

        assertEquals(4.27334, t.seconds(), 0);
    }

    @Test
    void refusesAZeroTimeInsteadOfAnInfiniteRate() {
        // coreutils before 8.24 printed "Infinity B/s" when its clock did not move
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.read("1 byte (1 B) copied, 0 s, Infinity B/s\n"));

        assertTrue(e.getMessage().contains("zero seconds on line 1"), e.getMessage());
    }

    @Test
    void countsRecordLinesSoALogWithoutSummariesCanBeExplained() throws OutputParseException {
        DdOutputParser.Log log = parser.read("16384+0 records in\n16384+0 records out\n");

        assertEquals(0, log.transfers().size());
        assertEquals(2, log.recordLines());
    }

    @Test
    void turnsTheCommandsOwnRefusalIntoTheReason() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.read("virtimpact-dd: the 4 GiB test file needs 4194304 KiB, only 10 KiB free in /s\n"));

        assertEquals("the 4 GiB test file needs 4194304 KiB, only 10 KiB free in /s", e.getMessage());
    }
}
