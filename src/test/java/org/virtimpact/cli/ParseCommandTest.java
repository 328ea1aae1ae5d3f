package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private static String golden(String relative) throws URISyntaxException {
        return Path.of(ParseCommandTest.class.getResource("/org/virtimpact/bench/" + relative).toURI()).toString();
    }

    @Test
    void printsHeaderAndOneRowPerDdSample() throws Exception {
        CliRun run = CliRun.local("parse", "--tool", "dd", golden("dd/write-read-8M.txt"));

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("metric,value,unit", "write_rate,204.08003989830794,MB/s", "write_time,0.0411045,s",
                "read_rate,680.4295772363,MB/s", "read_time,0.0123284,s"), run.out().lines().toList());
        assertEquals("", run.err());
    }

    @Test
    void printsTheRowsOfEveryFileInTheOrderGiven() throws Exception {
        CliRun run = CliRun.local("parse", "--tool", "membw", golden("membw/array-1M.txt"),
                golden("membw/array-16M.txt"));

        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1 + 8 + 8, lines.size());
        assertEquals("copy,91164.7,MB/s", lines.get(1));
        assertEquals("copy,28278.2,MB/s", lines.get(9));
    }

    @Test
    void writesPointDecimalsUnderAGermanDefaultLocale() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            CliRun run = CliRun.local("parse", "--tool", "dd", golden("dd/write-read-8M.txt"));

            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("write_time,0.0411045,s"), run.out());
            assertFalse(run.out().contains("0,0411045"), run.out());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void failureCaptureExitsTwoWithOneLineNamingTheFileAndNoRows() throws Exception {
        CliRun run = CliRun.local("parse", "--tool", "dd", golden("dd/disk-full.txt"));

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("disk-full.txt") && run.err().contains("No space left on device"), run.err());
    }

    @Test
    void oneBadFileAmongGoodOnesPrintsNoRowsAtAll() throws Exception {
        CliRun run = CliRun.local("parse", "--tool", "membw", golden("membw/array-1M.txt"),
                golden("membw/truncated-mid-line.txt"));

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains("truncated-mid-line.txt"), run.err());
    }

    @Test
    void unknownToolIsRefusedNamingTheKnownOnes() throws Exception {
        CliRun run = CliRun.local("parse", "--tool", "bonnie", golden("dd/write-read-8M.txt"));

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains("'bonnie'") && run.err().contains("dd, membw"), run.err());
    }

    @Test
    void missingFileIsRefusedByName(@TempDir Path dir) {
        Path missing = dir.resolve("dd-run-7.log");

        CliRun run = CliRun.local("parse", "--tool", "dd", missing.toString());

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains(missing.toString()) && run.err().contains("no such file"), run.err());
    }

    @Test
    void binaryFileIsRefusedAsNotToolOutput(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("core.bin"), new byte[] {0, (byte) 0xff, (byte) 0xfe, 10, 13, 7});

        CliRun run = CliRun.local("parse", "--tool", "dd", binary.toString());

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains("core.bin"), run.err());
    }

    /** The help's advice must match SavedOutput, or a linpackc log saved from stdout parses as nothing. */
    @Test
    void helpNamesTheToolsThatReportOnStderrFromTheCatalog() {
        CliRun run = CliRun.local("parse", "--help");

        String help = run.out().replaceAll("\\s+", " ");
        assertEquals(0, run.status(), run.err());
        assertTrue(help.contains("Reads saved benchmark output and prints its samples as CSV"), help);
        assertTrue(help.contains("stderr for dd, linpackc; stdout for membw, linpack, stream, iperf3, fio, netperf."),
                help);
    }

    @Test
    void missingToolOptionIsAUsageError() throws Exception {
        CliRun run = CliRun.local("parse", golden("dd/write-read-8M.txt"));

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains("--tool"), run.err());
    }
}
