package org.virtimpact.core.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.core.preflight.PreflightFixtures.campaign;
import static org.virtimpact.core.preflight.PreflightFixtures.local;
import static org.virtimpact.core.preflight.PreflightFixtures.row;
import static org.virtimpact.core.preflight.PreflightFixtures.spec;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;

/** The server a network cell talks to: listening on a host, or started by VirtImpact on a peer environment. */
class PreflightPeerTest {

    @TempDir
    Path scratch;

    private static BenchmarkSpec iperf3(int port) {
        return spec("iperf3", Map.of("protocol", List.of("tcp"), "length", List.of("128K")),
                Map.of("port", Integer.toString(port), "duration", "1"));
    }

    private PreflightReport check(Campaign c) {
        return new Preflight(BenchmarkCatalog.standard(), Clock.systemUTC()).check(c, List.of(c.environments().get(0)),
                env -> new LocalShell(), CancellationToken.none());
    }

    @Test
    void listeningPeerIsReachedFromTheGuest() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Campaign c = campaign(List.of(local("guest", scratch.toString(), "127.0.0.1")),
                    iperf3(server.getLocalPort()));

            CheckRow peer = row(check(c), "guest", "peer iperf3 -s :" + server.getLocalPort());

            assertEquals(CheckStatus.OK, peer.status(), peer.toString());
            assertTrue(peer.detail().contains("127.0.0.1:" + server.getLocalPort()), peer.detail());
        }
    }

    @Test
    void peerWhereNothingListensFailsWithWhatToStart() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Campaign c = campaign(List.of(local("guest", scratch.toString(), "127.0.0.1")), iperf3(port));

        CheckRow peer = row(check(c), "guest", "peer iperf3 -s :" + port);

        assertEquals(CheckStatus.FAILED, peer.status());
        assertTrue(peer.detail().contains("could not connect to 127.0.0.1:" + port), peer.detail());
        assertTrue(peer.fix().startsWith("Start iperf3 -s on 127.0.0.1 (port " + port + ")"), peer.fix());
    }

    @Test
    void managedPeerIsStartedAtRunTimeOnAnEnvironmentThatHasTheTool() {
        Campaign c = campaign(List.of(local("guest", scratch.toString(), "@server"),
                local("server", scratch.toString(), "")), iperf3(5201));

        CheckRow peer = row(check(c), "guest", "peer iperf3 -s :5201");

        assertEquals(CheckStatus.OK, peer.status(), peer.toString());
        assertTrue(peer.detail().startsWith("started by VirtImpact at run time on server"), peer.detail());
        assertTrue(peer.detail().endsWith("reached at 127.0.0.1"), peer.detail());
    }

    @Test
    void managedPeerNamingNoEnvironmentFails() {
        Campaign c = campaign(List.of(local("guest", scratch.toString(), "@nobody")), iperf3(5201));

        CheckRow peer = row(check(c), "guest", "peer iperf3 -s :5201");

        assertEquals(CheckStatus.FAILED, peer.status());
        assertTrue(peer.detail().contains("@nobody names no environment"), peer.detail());
    }

    @Test
    void networkCellsWithoutAPeerFail() {
        Campaign c = campaign(List.of(local("guest", scratch.toString(), "")), iperf3(5201));

        CheckRow peer = row(check(c), "guest", "peer iperf3 -s :5201");

        assertEquals(CheckStatus.FAILED, peer.status());
        assertTrue(peer.fix().contains("@ENV"), peer.fix());
    }

    @Test
    void peerWithShellSyntaxIsRefusedUnrun(@TempDir Path marker) {
        String hostile = "x;touch " + marker.resolve("pwned");
        Campaign c = campaign(List.of(local("guest", scratch.toString(), hostile)), iperf3(5201));

        CheckRow peer = row(check(c), "guest", "peer iperf3 -s :5201");

        assertEquals(CheckStatus.FAILED, peer.status());
        assertTrue(peer.detail().contains("not a host name"), peer.detail());
        assertTrue(!marker.resolve("pwned").toFile().exists());
    }
}
