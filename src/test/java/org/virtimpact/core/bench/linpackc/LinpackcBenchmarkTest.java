package org.virtimpact.core.bench.linpackc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;

class LinpackcBenchmarkTest {

    private final LinpackcBenchmark linpackc = new LinpackcBenchmark();

    private static String capture(String name) throws IOException {
        String path = "/org/virtimpact/bench/linpackc/" + name;
        try (InputStream in = LinpackcBenchmarkTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsItsResultsFromStderrWhereLinpackcWritesThem() {
        assertTrue(linpackc.reportsOnStderr());
    }

    @Test
    void saysItsFigureIsCpuTimeThatFlattersAThrottledGuest() {
        assertTrue(linpackc.metric("mflops").orElseThrow().title().contains("CPU time"));
    }

    @Test
    void refusesALogOfAnotherPrecisionThanTheCellNames() throws IOException {
        TestCase cell = new TestCase("linpackc", Map.of("precision", "single"), Map.of());
        CommandResult log = CommandResult.ofOutput("", capture("dp-roll.txt"));

        OutputParseException e = assertThrows(OutputParseException.class, () -> linpackc.parse(log, cell));

        assertEquals("this linpackc log is double but the cell's precision is single; it comes from another build"
                + " of linpackc", e.getMessage());
    }

    @Test
    void acceptsALogOfTheRollingTheCellNames() throws Exception {
        TestCase cell = new TestCase("linpackc", Map.of(), Map.of("rolling", "unrolled"));

        assertEquals(6007.582, linpackc.parse(CommandResult.ofOutput("", capture("dp-unroll.txt")), cell)
                .get(0).value(), 1e-9);
    }

    // The two tests below use lines written from linpackc's own printf formats: neither case
    // could be produced on a machine with a fine CPU-time clock and correct arithmetic.
    @Test
    void refusesZeroKflopsFromAClockTooCoarseToTimeTheSolves() {
        String log = "Rolled Single  Precision     0 Kflops ; 10 Reps \n";

        OutputParseException e = assertThrows(OutputParseException.class,
                () -> linpackc.parse(CommandResult.ofOutput("", log), new TestCase("linpackc", Map.of(), Map.of())));

        assertTrue(e.getMessage().contains("too coarse to time 10 solves"), e.getMessage());
    }

    @Test
    void refusesAResultWhoseResidualShowsWrongArithmetic() {
        String log = "     norm. resid      resid           machep         x[0]-1        x[n-1]-1\n"
                + "  123456.0        3.80277634e-01  1.19209290e-07 -1.38282776e-01 -7.51018524e-02\n"
                + "Rolled Single  Precision 3426481 Kflops ; 10 Reps \n";

        OutputParseException e = assertThrows(OutputParseException.class,
                () -> linpackc.parse(CommandResult.ofOutput("", log), new TestCase("linpackc", Map.of(), Map.of())));

        assertTrue(e.getMessage().contains("normalised residual is 123456.0"), e.getMessage());
    }
}
