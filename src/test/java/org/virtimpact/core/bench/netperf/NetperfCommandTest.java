package org.virtimpact.core.bench.netperf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.TestCase;

class NetperfCommandTest {

    private final NetperfBenchmark netperf = new NetperfBenchmark();

    private static TestCase cell(String test, String message, String... options) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            opts.put(options[i], options[i + 1]);
        }
        return new TestCase("netperf", Map.of("test", test, "message", message), opts);
    }

    private static RunContext peer(String host) {
        return new RunContext("/tmp", "run-1", Map.of(), host);
    }

    /** The commands the *-virtimpact captures were made with (see the golden files' SOURCES.md). */
    @Test
    void buildsTheCommandTheCapturesWereMadeWith() {
        String sel = NetperfBenchmark.SELECTORS;

        assertEquals("LC_ALL=C netperf -H '127.0.0.1' -p 23456 -l 1 -t TCP_STREAM -- -m 47185920 -o " + sel,
                netperf.command(cell("TCP_STREAM", "45M", "length", "1", "port", "23456"), peer("127.0.0.1")));
        assertEquals("LC_ALL=C netperf -H '127.0.0.1' -p 23456 -l 1 -i 3,3 -I 99,1 -t UDP_STREAM -- -m 512 -o " + sel,
                netperf.command(cell("UDP_STREAM", "512", "length", "1", "port", "23456", "iterations", "3,3",
                        "confidence", "99,1"), peer("127.0.0.1")));
    }

    @Test
    void usesNetperfsDefaultsForLengthAndPort() {
        String command = netperf.command(cell("TCP_STREAM", "512K"), peer("xen-dom0"));

        assertTrue(command.startsWith("LC_ALL=C netperf -H 'xen-dom0' -p 12865 -l 10 -t TCP_STREAM -- -m 524288 -o "),
                command);
    }

    @Test
    void acceptsTheTestInAnyCase() {
        assertTrue(netperf.command(cell("udp_stream", "512"), peer("10.0.0.2")).contains(" -t UDP_STREAM "));
    }

    @Test
    void refusesAPeerThatIsNotAHostName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> netperf.command(cell("TCP_STREAM", "512"), peer("peer; rm -rf ~")));

        assertTrue(e.getMessage().contains("not a host name"), e.getMessage());
    }

    @Test
    void refusesToBuildACommandWithoutAPeer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> netperf.command(cell("TCP_STREAM", "512"), peer("")));

        assertTrue(e.getMessage().contains("set the environment's peer"), e.getMessage());
    }

    /** Without it, preflight would let a guest lacking netperf start and fail every repetition. */
    @Test
    void needsTheNetperfClientOnTheTarget() {
        assertEquals(List.of("netperf"), netperf.requiredTools(cell("UDP_STREAM", "512")));
    }

    @Test
    void asksForNetserverOnTheCellsPort() {
        var service = netperf.peerService(cell("TCP_STREAM", "512", "port", "23999")).orElseThrow();

        assertEquals(23999, service.port());
        assertEquals("netserver", service.name());
        assertTrue(service.start().contains("netserver -D -p 23999"), service.start());
        assertTrue(service.stop().contains("/tmp/.virtimpact-netserver-23999.pid"), service.stop());
    }
}
