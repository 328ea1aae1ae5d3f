package org.virtimpact.core.bench.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.bench.membw.MembwBenchmark;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.LocalShell;

class StreamBenchmarkTest {

    private final StreamBenchmark stream = new StreamBenchmark();
    private final RunContext context = new RunContext("/tmp", "r1", Map.of(), "");

    @TempDir
    Path dir;

    private static TestCase cell(String binary) {
        return new TestCase("stream", Map.of(), Map.of("binary", binary));
    }

    @Test
    void namesItsMetricsLikeMembwSoTheyCompare() {
        assertEquals(new MembwBenchmark().metrics().stream().map(MetricDef::name).toList(),
                stream.metrics().stream().map(MetricDef::name).toList());
    }

    @Test
    void aMissingBinaryFailsWithItsNameAndWhatToDo() throws Exception {
        TestCase cell = cell("no-such-stream-" + dir.getFileName());
        CommandResult result = new LocalShell().exec(stream.command(cell, context), Duration.ofSeconds(10),
                CancellationToken.none());

        OutputParseException e = assertThrows(OutputParseException.class, () -> stream.parse(result, cell));

        assertEquals(127, result.exitCode());
        assertTrue(e.getMessage().startsWith("no-such-stream-") && e.getMessage().contains("is not on PATH"),
                e.getMessage());
    }

    @Test
    void runsTheGivenBinaryWithoutLettingItsNameRunAnything() throws Exception {
        Path fake = dir.resolve("stream $(id >&2) `id >&2`; id >&2");
        Files.writeString(fake, "#!/bin/sh\necho 'Copy: 1.0 0.1 0.1 0.1'\n");
        assertTrue(fake.toFile().setExecutable(true));

        CommandResult result = new LocalShell().exec(stream.command(cell(fake.toString()), context),
                Duration.ofSeconds(10), CancellationToken.none());

        assertEquals("Copy: 1.0 0.1 0.1 0.1\n", result.stdout());
        assertEquals("", result.stderr(), "nothing in the name may run");
    }

    @Test
    void preflightLooksForTheBinaryTheCellNames() {
        assertEquals(List.of("/opt/stream/stream_c.exe"), stream.requiredTools(cell("/opt/stream/stream_c.exe")));
    }

    @Test
    void refusesABinaryThatLooksLikeAnOption() {
        assertEquals(1, stream.validate(cell("-v")).size());
        assertEquals(List.of(), stream.validate(cell("/opt/stream/stream_c.exe")));
    }

    @Test
    void withoutArraySizeLinesTheAverageComesFromTheTimeRatio() throws Exception {
        // A real table (bench/stream/default-10M.txt) with STREAM's header lines left out.
        String table = "Function    Best Rate MB/s  Avg time     Min time     Max time\n"
                + "Copy:           19007.2     0.030658     0.008418     0.175100\n"
                + "Scale:          21456.3     0.013992     0.007457     0.039112\n"
                + "Add:            21768.8     0.018131     0.011025     0.029207\n"
                + "Triad:          21413.2     0.060650     0.011208     0.353492\n"
                + "Solution Validates: avg error less than 1.000000e-13 on all three arrays\n";

        List<Measurement> m = stream.parse(CommandResult.ofOutput(table, ""), cell("stream"));

        assertEquals("triad_avg", m.get(7).metric());
        assertEquals(21413.2 * 0.011208 / 0.060650, m.get(7).value(), 1e-9);
    }
}
