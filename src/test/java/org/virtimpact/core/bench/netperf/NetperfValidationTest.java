package org.virtimpact.core.bench.netperf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.MatrixExpander;
import org.virtimpact.core.campaign.TestCase;

class NetperfValidationTest {

    private final NetperfBenchmark netperf = new NetperfBenchmark();

    private static TestCase cell(String test, String message, String option, String value) {
        Map<String, String> opts = new LinkedHashMap<>();
        if (option != null) {
            opts.put(option, value);
        }
        return new TestCase("netperf", Map.of("test", test, "message", message), opts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"512", "512K", "45M", "45MiB", "4G"})
    void acceptsTcpMessagesWrittenAsResearchersWriteThem(String message) {
        assertEquals(List.of(), netperf.validate(cell("TCP_STREAM", message, null, null)));
    }

    @Test
    void acceptsTheLargestUdpDatagram() {
        assertEquals(List.of(), netperf.validate(cell("UDP_STREAM", "65507", null, null)));
    }

    @Test
    void refusesAUdpMessageOneByteOverTheDatagramLimit() {
        List<String> problems = netperf.validate(cell("UDP_STREAM", "65508", null, null));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("65,507 bytes") && problems.get(0).contains("Message too long"),
                problems.get(0));
    }

    @Test
    void explainsThatTheStudysLargeUdpMessagesWereImpossible() {
        String problem = netperf.validate(cell("UDP_STREAM", "512K", null, null)).get(0);

        assertTrue(problem.contains("512K (524288 bytes)") && problem.contains("2008 study"), problem);
    }

    @Test
    void theStudysDefaultMatrixHasExactlyTheTwoImpossibleUdpCells() {
        BenchmarkSpec spec = new BenchmarkSpec("netperf", netperf.defaultAxes(), Map.of());

        long refused = new MatrixExpander().expand(spec).stream().filter(c -> !netperf.validate(c).isEmpty()).count();

        assertEquals(6, new MatrixExpander().expand(spec).size());
        assertEquals(2, refused);
    }

    @Test
    void refusesATestNetperfIsNotAskedFor() {
        assertTrue(netperf.validate(cell("TCP_RR", "512", null, null)).get(0).contains("TCP_STREAM or UDP_STREAM"));
    }

    @ParameterizedTest
    @CsvSource({
        "length, 0, netperf length", "length, 1.5, netperf length", "port, 70000, netperf port",
        "port, $(reboot), netperf port", "iterations, 2, netperf iterations", "iterations, '10,20', netperf iterations",
        "iterations, 31, netperf iterations", "confidence, 90, netperf confidence", "confidence, '99,0', netperf confidence",
        "confidence, '99,x', netperf confidence"})
    void refusesOptionValuesNetperfWouldRejectOrQuietlyChange(String option, String value, String named) {
        List<String> problems = netperf.validate(cell("TCP_STREAM", "512", option, value));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(named) && problems.get(0).contains(value), problems.get(0));
    }

    @ParameterizedTest
    @CsvSource({"iterations, 10", "iterations, '30,3'", "confidence, 95", "confidence, '99,2.5'", "port, 1"})
    void acceptsNetperfsOwnOptionForms(String option, String value) {
        assertEquals(List.of(), netperf.validate(cell("TCP_STREAM", "512", option, value)));
    }
}
