package org.virtimpact.core.bench.fio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.remote.CommandResult;

/**
 * What the golden files can't show, since they hold stdout only: exit status, stderr, and cut-off
 * or older reports. Every input starts from a real capture of the golden folder.
 */
class FioOutputParserTest {

    private final FioOutputParser parser = new FioOutputParser();

    @Test
    void optionFioRefusesIsToldFromStderr() throws IOException {
        // stdout and stderr exactly as the bad-rw-option capture printed them (see SOURCES.md)
        CommandResult result = new CommandResult("fio", 1, capture("bad-rw-option.txt"),
                "fio: failed parsing rw=bogus\n", Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class, () -> parser.parse(result));

        assertEquals("fio stopped before it ran its job: \"failed parsing rw=bogus\"", e.getMessage());
    }

    @Test
    void missingFioIsNamed() {
        CommandResult result = new CommandResult("fio", 127, "", "sh: 1: fio: not found\n", Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class, () -> parser.parse(result));

        assertTrue(e.getMessage().startsWith("fio is not installed on the target"), e.getMessage());
    }

    @Test
    void missingScratchDirIsToldFromTheShell() {
        CommandResult result = new CommandResult("fio", 2, "", "sh: 1: cd: can't cd to /nope\n", Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class, () -> parser.parse(result));

        assertEquals("fio did not run: sh: 1: cd: can't cd to /nope", e.getMessage());
    }

    @Test
    void completeReportWithAFailingExitStatusIsAFailure() throws IOException {
        CommandResult result = new CommandResult("fio", 1, capture("write-1M.txt"), "fio: something\n",
                Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class, () -> parser.parse(result));

        assertEquals("fio exited with status 1: fio: something", e.getMessage());
    }

    @Test
    void reportCutOffHalfWayIsCalledDamagedWithItsLine() throws IOException {
        String whole = capture("read-1M.txt");
        CommandResult result = CommandResult.ofOutput(whole.substring(0, whole.length() / 2), "");

        OutputParseException e = assertThrows(OutputParseException.class, () -> parser.parse(result));

        assertTrue(e.getMessage().contains("damaged or cut off near line"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void reportOfFioBefore30ReadsKibibytesAndMicroseconds() throws IOException, OutputParseException {
        // fio 2.x wrote bw in KiB/s and lat in microseconds: the real capture in that older shape
        ObjectMapper json = new ObjectMapper();
        ObjectNode report = (ObjectNode) json.readTree(capture("write-1M.txt"));
        ObjectNode write = (ObjectNode) report.get("jobs").get(0).get("write");
        double bwKib = write.get("bw").asDouble();
        double latUs = write.get("lat_ns").get("mean").asDouble() / 1000;
        write.remove(List.of("bw_bytes", "lat_ns"));
        write.putObject("lat").put("mean", latUs);

        List<Measurement> samples = parser.parse(CommandResult.ofOutput(json.writeValueAsString(report), ""));

        assertEquals(bwKib * 1024 / 1e6, samples.get(0).value(), 1e-9);
        assertEquals(latUs, samples.get(2).value(), 1e-9);
    }

    private static String capture(String name) throws IOException {
        try (InputStream in = FioOutputParserTest.class.getResourceAsStream("/org/virtimpact/bench/fio/" + name)) {
            if (in == null) {
                throw new IOException("no capture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
