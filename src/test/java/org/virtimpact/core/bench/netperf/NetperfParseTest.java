package org.virtimpact.core.bench.netperf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;

/** How a parsed output meets its cell; the formats themselves are covered by the golden files. */
class NetperfParseTest {

    private final NetperfBenchmark netperf = new NetperfBenchmark();

    private static String capture(String name) throws IOException, URISyntaxException {
        return Files.readString(Path.of(NetperfParseTest.class
                .getResource("/org/virtimpact/bench/netperf/" + name + ".txt").toURI()));
    }

    private static TestCase cell(String test) {
        return new TestCase("netperf", Map.of("test", test, "message", "512"), Map.of());
    }

    @Test
    void aLoneFigureWithoutBannerIsTheTcpThroughputWhenTheCellIsTcp() throws Exception {
        List<Measurement> m = netperf.parse(CommandResult.ofOutput(capture("v27-tcp-512-P0-v0-no-test-named"), ""),
                cell("TCP_STREAM"));

        assertEquals(List.of(new Measurement("throughput", 1257.27, "Mbit/s")), m);
    }

    @Test
    void aLoneFigureWithoutBannerIsTheSendSideWhenTheCellIsUdp() throws Exception {
        List<Measurement> m = netperf.parse(CommandResult.ofOutput(capture("v27-tcp-512-P0-v0-no-test-named"), ""),
                cell("UDP_STREAM"));

        assertEquals(List.of(new Measurement("send_throughput", 1257.27, "Mbit/s")), m);
    }

    @Test
    void refusesUdpOutputForATcpCell() throws Exception {
        CommandResult udp = CommandResult.ofOutput(capture("v27-udp-512-virtimpact"), "");

        OutputParseException e = assertThrows(OutputParseException.class, () -> netperf.parse(udp, cell("TCP_STREAM")));

        assertTrue(e.getMessage().contains("UDP_STREAM output, but the cell is test=TCP_STREAM"), e.getMessage());
    }

    @Test
    void readsTheReceiveSideFirstForUdp() throws Exception {
        List<Measurement> m = netperf.parse(CommandResult.ofOutput(capture("v27-udp-512-virtimpact"), ""),
                cell("UDP_STREAM"));

        assertEquals(List.of(new Measurement("throughput", 161.35, "Mbit/s"),
                new Measurement("send_throughput", 226.16, "Mbit/s")), m);
    }

    @Test
    void readsStdoutAndStderrOfALiveRunAsOneText() throws Exception {
        CommandResult run = new CommandResult("netperf …", 1, "MIGRATED UDP STREAM TEST from 0.0.0.0 (0.0.0.0) port 0"
                + " AF_INET to 127.0.0.1 () port 0 AF_INET : demo\n", "netperf: send_omni: send_data failed: Message too"
                + " long\n", Duration.ofSeconds(1));

        OutputParseException e = assertThrows(OutputParseException.class, () -> netperf.parse(run, cell("UDP_STREAM")));

        assertTrue(e.getMessage().contains("at most 65,507 bytes"), e.getMessage());
    }

    @Test
    void saysNetperfIsMissingWhenTheShellCannotFindIt() {
        CommandResult run = new CommandResult("netperf …", 127, "", "sh: 1: netperf: not found\n", Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class, () -> netperf.parse(run, cell("TCP_STREAM")));

        assertTrue(e.getMessage().startsWith("netperf is not installed on the target"), e.getMessage());
    }

    @Test
    void refusesAResultFromARunThatExitedWithAnError() throws Exception {
        CommandResult run = new CommandResult("netperf …", 2, capture("v27-tcp-512-virtimpact"), "", Duration.ZERO);

        OutputParseException e = assertThrows(OutputParseException.class, () -> netperf.parse(run, cell("TCP_STREAM")));

        assertTrue(e.getMessage().startsWith("netperf exited with status 2"), e.getMessage());
    }

    @Test
    void anEmptyOutputSaysSo() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> netperf.parse(CommandResult.ofOutput("", ""), cell("TCP_STREAM")));

        assertEquals("netperf printed nothing", e.getMessage());
    }
}
