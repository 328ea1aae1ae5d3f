package org.virtimpact.core.bench.membw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;

class MembwBenchmarkTest {

    private final MembwBenchmark membw = new MembwBenchmark();
    private final RunContext context = new RunContext("/s", "run1", Map.of("membw", "/a dir/membw-abc"), "");

    @Test
    void arraySizeDefaultsToAutoSoTheAgentSizesItFromTheCache() {
        assertEquals(Map.of("array", List.of("auto")), membw.defaultAxes());
        assertEquals("'/a dir/membw-abc' auto 10", membw.command(new TestCase("membw", Map.of(), Map.of()), context));
    }

    @Test
    void threadsAreTheAgentsThirdArgument() {
        TestCase tc = new TestCase("membw", Map.of("array", "auto", "threads", "2"), Map.of("ntimes", "5"));

        assertEquals("'/a dir/membw-abc' auto 5 2", membw.command(tc, context));
    }

    @Test
    void refusesThreadCountsOutsideOneTo1024() {
        List<String> problems = membw.validate(new TestCase("membw", Map.of(), Map.of("threads", "0")));

        assertEquals(List.of("membw threads '0' must be a whole number from 1 to 1024"), problems);
    }

    @Test
    void itsOwnStderrLineIsTheReasonOfAFailure() {
        CommandResult result = new CommandResult("membw", 2, "",
                "membw: cannot allocate 3 arrays of 1000000000 doubles (22888 MiB in all)\n", Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class,
                () -> membw.parse(result, new TestCase("membw", Map.of(), Map.of())));

        assertEquals("membw failed (exit status 2): cannot allocate 3 arrays of 1000000000 doubles (22888 MiB in all)",
                e.getMessage());
    }
}
