package org.virtimpact.core.bench.linpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.Agent;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;

class LinpackBenchmarkTest {

    private final LinpackBenchmark linpack = new LinpackBenchmark();

    @Test
    void aSinglePrecisionCellNeedsOnlyTheSinglePrecisionBuild() {
        List<Agent> agents = linpack.agents(new TestCase("linpack", Map.of("precision", "single"), Map.of()));

        assertEquals(List.of(LinpackBenchmark.SINGLE), agents);
    }

    @Test
    void aDoublePrecisionCellNeedsOnlyTheDoublePrecisionBuild() {
        List<Agent> agents = linpack.agents(new TestCase("linpack", Map.of("precision", "double"), Map.of()));

        assertEquals(List.of(LinpackBenchmark.DOUBLE), agents);
    }

    @Test
    void refusesAnOrderForWhichLinpacksGeneratorRepeatsAColumn() {
        List<String> problems = linpack.validate(new TestCase("linpack", Map.of("n", "2000"), Map.of()));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("column 1025 equals column 1"), problems.get(0));
    }

    @Test
    void acceptsTheUsualOrders() {
        for (String n : List.of("100", "200", "500", "1000")) {
            assertEquals(List.of(), linpack.validate(new TestCase("linpack", Map.of("n", n), Map.of())), n);
        }
    }

    @Test
    void itsOwnStderrLineIsTheReasonOfAFailure() {
        CommandResult result = new CommandResult("linpack", 2, "",
                "linpack: cannot allocate a 20000 x 20000 matrix\n", Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class,
                () -> linpack.parse(result, new TestCase("linpack", Map.of(), Map.of())));

        assertEquals("linpack failed (exit status 2): cannot allocate a 20000 x 20000 matrix", e.getMessage());
    }
}
