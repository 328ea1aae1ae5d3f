package org.virtimpact.core.bench.iperf3;

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
class Iperf3OutputParserTest {

    private final Iperf3OutputParser parser = new Iperf3OutputParser();

    @Test
    void completeReportWithAFailingExitStatusIsAFailure() throws IOException {
        CommandResult result = new CommandResult("iperf3", 1, capture("tcp-1K.txt"), "", Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class, () -> parser.parse(result));

        assertTrue(e.getMessage().startsWith("iperf3 exited with status 1"), e.getMessage());
    }

    @Test
    void refusedOptionIsToldInIperf3sWordsFromStderr() throws IOException {
        // stderr exactly as the udp-65508-refused-option capture printed it (see SOURCES.md)
        CommandResult result = new CommandResult("iperf3", 1, capture("udp-65508-refused-option.txt"),
                "iperf3: parameter error - block size invalid (minimum = 16 bytes, maximum = 65507 bytes)\n",
                Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class, () -> parser.parse(result));

        assertEquals("iperf3 failed: parameter error - block size invalid (minimum = 16 bytes, maximum = 65507 bytes)",
                e.getMessage());
    }

    @Test
    void missingIperf3IsNamed() {
        CommandResult result = new CommandResult("iperf3", 127, "", "sh: 1: iperf3: not found\n", Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class, () -> parser.parse(result));

        assertTrue(e.getMessage().startsWith("iperf3 is not installed on the target"), e.getMessage());
    }

    @Test
    void reportCutOffHalfWayIsCalledDamagedWithItsLine() throws IOException {
        String whole = capture("tcp-1K.txt");
        CommandResult result = CommandResult.ofOutput(whole.substring(0, whole.length() / 2), "");

        OutputParseException e = assertThrows(OutputParseException.class, () -> parser.parse(result));

        assertTrue(e.getMessage().contains("damaged or cut off near line"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void udpReportOfIperf3Before310TakesTheReceivedShareOfTheSentRate() throws IOException, OutputParseException {
        // iperf3 3.9 and older wrote only end.sum for UDP: the real capture without the 3.10+ fields
        ObjectMapper json = new ObjectMapper();
        ObjectNode report = (ObjectNode) json.readTree(capture("udp-1K-unlimited-loss.txt"));
        ((ObjectNode) report.get("end")).remove(List.of("sum_sent", "sum_received"));

        List<Measurement> samples = parser.parse(CommandResult.ofOutput(json.writeValueAsString(report), ""));

        double sentBits = 2322296667.176655;
        double lost = 1.0734064693639986;
        assertEquals(sentBits * (100 - lost) / 100 / 1e6, samples.get(0).value(), 1e-6);
        assertEquals("throughput", samples.get(0).metric());
        assertEquals(sentBits / 1e6, samples.get(1).value(), 1e-6);
        assertEquals(lost, samples.get(2).value(), 1e-12);
    }

    private static String capture(String name) throws IOException {
        String path = "/org/virtimpact/bench/iperf3/" + name;
        try (InputStream in = Iperf3OutputParserTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("no capture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
