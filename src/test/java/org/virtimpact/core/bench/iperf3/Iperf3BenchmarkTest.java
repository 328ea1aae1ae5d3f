package org.virtimpact.core.bench.iperf3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.PeerService;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.TestCase;

// Command building and validation; the parser has golden files and the tool an end-to-end test.
class Iperf3BenchmarkTest {

    private final Iperf3Benchmark iperf3 = new Iperf3Benchmark();

    private static TestCase cell(String protocol, String length, Map<String, String> options) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("protocol", protocol);
        params.put("length", length);
        return new TestCase("iperf3", params, options);
    }

    private static RunContext peer(String host) {
        return new RunContext("/tmp", "run1", Map.of(), host);
    }

    @Test
    void tcpClientUsesDefaultsAndNeverPaces() {
        String command = iperf3.command(cell("tcp", "128K", Map.of()), peer("10.0.0.2"));

        assertEquals("iperf3 -c '10.0.0.2' -p 5201 -J -t 10 -l 131072 -P 1", command);
    }

    @Test
    void udpClientSendsUnpacedByDefault() {
        String command = iperf3.command(cell("udp", "1K", Map.of("duration", "1")), peer("xen-pv"));

        assertEquals("iperf3 -c 'xen-pv' -p 5201 -J -t 1 -l 1024 -P 1 -u -b '0'", command);
    }

    @Test
    void udpClientPassesTheChosenBitrateAndStreams() {
        String command = iperf3.command(cell("udp", "1400", Map.of("bitrate", "500M", "parallel", "4",
                "port", "5301")), peer("fe80::1%eth0"));

        assertEquals("iperf3 -c 'fe80::1%eth0' -p 5301 -J -t 10 -l 1400 -P 4 -u -b '500M'", command);
    }

    @Test
    void refusesAPeerThatIsNotAHostName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> iperf3.command(cell("tcp", "1K", Map.of()), peer("x; rm -rf ~")));

        assertTrue(e.getMessage().contains("is not a host name"), e.getMessage());
    }

    @Test
    void refusesToRunWithoutAPeer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> iperf3.command(cell("tcp", "1K", Map.of()), peer("")));

        assertTrue(e.getMessage().contains("set the environment's peer"), e.getMessage());
    }

    @Test
    void refusesAUdpDatagramAboveWhatUdpCarries() {
        List<String> problems = iperf3.validate(cell("udp", "64K", Map.of()));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("above the 65,507 bytes one UDP datagram can carry"), problems.get(0));
    }

    @Test
    void acceptsTheLargestUdpDatagram() {
        assertEquals(List.of(), iperf3.validate(cell("udp", "65507", Map.of())));
    }

    @Test
    void acceptsTcpLengthsUpToIperf3sMaximumBlock() {
        assertEquals(List.of(), iperf3.validate(cell("tcp", "1M", Map.of())));
        assertEquals(1, iperf3.validate(cell("tcp", "2M", Map.of())).size());
    }

    @Test
    void refusesUnknownProtocolAndBadOptionsEachWithItsValue() {
        List<String> problems = iperf3.validate(cell("sctp", "1K", Map.of("duration", "0", "port", "70000",
                "parallel", "129", "bitrate", "$(reboot)")));

        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'sctp'"), problems.get(0));
        assertTrue(problems.get(1).contains("duration '0'"), problems.get(1));
        assertTrue(problems.get(2).contains("port '70000'"), problems.get(2));
        assertTrue(problems.get(3).contains("parallel '129'"), problems.get(3));
        assertTrue(problems.get(4).contains("bitrate '$(reboot)'"), problems.get(4));
    }

    @Test
    void peerServiceListensOnTheCellsPortWithAPidFileForStop() {
        PeerService service = iperf3.peerService(cell("tcp", "1K", Map.of("port", "5301"))).orElseThrow();

        assertEquals(5301, service.port());
        assertEquals("iperf3 -s", service.name());
        assertTrue(service.start().contains("iperf3 -s -p 5301 --pidfile \"$p\""), service.start());
        assertTrue(service.start().contains("p='/tmp/.virtimpact-iperf3-5301.pid'"), service.start());
        assertTrue(service.stop().contains("p='/tmp/.virtimpact-iperf3-5301.pid'"), service.stop());
    }
}
