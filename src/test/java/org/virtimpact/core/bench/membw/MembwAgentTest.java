package org.virtimpact.core.bench.membw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.run.AgentInstaller;

/** The real membw.c, built with the flags a target uses, run through the command the benchmark builds. */
class MembwAgentTest {

    private final MembwBenchmark membw = new MembwBenchmark();
    private final LocalShell shell = new LocalShell();
    private RunContext context;

    @TempDir
    Path scratch;

    @BeforeEach
    void build() throws Exception {
        assumeTrue(shell.exec("command -v cc", Duration.ofSeconds(10), CancellationToken.none()).succeeded(),
                "needs a C compiler");
        String binary = new AgentInstaller().install(shell, scratch.toString(), MembwBenchmark.AGENT,
                CancellationToken.none());
        context = new RunContext(scratch.toString(), "r1", Map.of("membw", binary), "");
    }

    private CommandResult run(TestCase cell) throws Exception {
        return shell.exec(membw.command(cell, context), Duration.ofSeconds(120), CancellationToken.none());
    }

    @Test
    void twoThreadsSplitTheKernelsAndStillPassTheCheck() throws Exception {
        TestCase cell = new TestCase("membw", Map.of("array", "8M", "threads", "2"), Map.of("ntimes", "3"));

        CommandResult result = run(cell);
        List<Measurement> m = membw.parse(result, cell);

        assertTrue(result.stdout().contains("\nthreads 2\n"), result.stdout());
        assertEquals(8, m.size());
        assertTrue(m.stream().allMatch(x -> x.value() > 0), m.toString());
    }

    @Test
    void anArrayBelowFourTimesTheCacheIsMeasuredWithAWarningKeptInTheOutput() throws Exception {
        TestCase cell = new TestCase("membw", Map.of("array", "64K"), Map.of("ntimes", "3"));

        CommandResult result = run(cell);

        assumeTrue(!result.stdout().contains("llc_bytes 0\n"), "this machine reports no cache size");
        assertTrue(result.stdout().lines().anyMatch(l -> l.startsWith("warning: each array (65536 bytes) is smaller")),
                result.stdout());
        assertEquals(8, membw.parse(result, cell).size());
    }

    @Test
    void autoMakesEachArrayAtLeastFourTimesTheLastLevelCache() throws Exception {
        TestCase cell = new TestCase("membw", Map.of("array", "auto"), Map.of("ntimes", "2"));

        CommandResult result = run(cell);

        long llc = value(result, "llc_bytes");
        long array = value(result, "array_bytes");
        assertTrue(array >= 4 * llc && array >= 80_000_000L, result.stdout());
        assertEquals(8, membw.parse(result, cell).size());
    }

    private static long value(CommandResult result, String key) {
        return result.stdout().lines().filter(l -> l.startsWith(key + " ")).findFirst()
                .map(l -> Long.parseLong(l.substring(key.length() + 1))).orElseThrow();
    }
}
