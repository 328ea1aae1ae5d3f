package org.virtimpact.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.dd.DdBenchmark;
import org.virtimpact.core.bench.membw.MembwBenchmark;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.LocalShell;

// Command building only; the parsers have their own golden tests.
class BenchmarkCommandTest {

    private final DdBenchmark dd = new DdBenchmark();

    @TempDir
    Path dir;

    private static TestCase ddCase(String size, String block) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("size", size);
        params.put("block", block);
        return new TestCase("dd", params, Map.of());
    }

    @Test
    void ddWritesAndReadsTheWholeFileInTheRequestedBlocks() {
        String command = dd.command(ddCase("1M", "4K"), new RunContext("/scratch", "run1", Map.of(), ""));

        assertTrue(command.contains("bs=4096 count=256 conv=fdatasync"), command);
        assertTrue(command.contains("'/scratch/.virtimpact-dd-run1'"), command);
    }

    @Test
    void ddRunsInAHostileScratchFolderWithoutRunningItsName() throws Exception {
        // scratchDir is free text in campaign.json; the marker file must not appear anywhere
        Path marker = dir.resolve("pwned");
        Path scratch = Files.createDirectories(dir.resolve("it's $(touch " + marker + ") `x`"));
        RunContext context = new RunContext(scratch.toString(), "run1", Map.of(), "");

        CommandResult r = new LocalShell().exec(dd.command(ddCase("64K", "512"), context), Duration.ofSeconds(30),
                CancellationToken.none());

        assertEquals(0, r.exitCode(), r.stderr());
        assertFalse(Files.exists(marker));
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(0, left.count(), "dd's trap removes its file on success too");
        }
    }

    @Test
    void ddCleanupRemovesExactlyItsOwnFile() {
        RunContext context = new RunContext("/s p", "run1", Map.of(), "");

        String cleanup = dd.cleanupCommand(ddCase("1M", "512"), context).orElseThrow();

        assertEquals("rm -f '/s p/.virtimpact-dd-run1'", cleanup);
    }

    @Test
    void ddRefusesASizeThatIsNotAWholeNumberOfBlocks() {
        List<String> problems = dd.validate(ddCase("1000", "512"));

        assertEquals(List.of("dd file size 1000 is not a whole number of 512-byte blocks"), problems);
    }

    @Test
    void membwPassesElementsOfEightBytesAndNtimesToTheQuotedAgent() {
        TestCase tc = new TestCase("membw", Map.of("array", "1M"), Map.of("ntimes", "3"));
        RunContext context = new RunContext("/s", "run1", Map.of("membw", "/a dir/membw-abc"), "");

        assertEquals("'/a dir/membw-abc' 131072 3", new MembwBenchmark().command(tc, context));
    }

    @Test
    void membwRefusesAnArrayTooSmallForOneDouble() {
        List<String> problems = new MembwBenchmark().validate(new TestCase("membw", Map.of("array", "4"), Map.of()));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("holds no double"), problems.get(0));
    }
}
