package org.virtimpact.core.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.core.preflight.PreflightFixtures.campaign;
import static org.virtimpact.core.preflight.PreflightFixtures.dd;
import static org.virtimpact.core.preflight.PreflightFixtures.row;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.ssh.SshHostKeyTrust;
import org.virtimpact.ssh.SshOptions;
import org.virtimpact.ssh.SshShellFactory;
import org.virtimpact.ssh.TestSshServer;

/** Preflight over SSH against the in-process MINA server: login, host keys, a host that is not there. */
class PreflightSshTest {

    @TempDir
    Path keys;
    @TempDir
    Path home;
    @TempDir
    Path scratch;

    private TestSshServer server;
    private SshOptions ssh;
    private Preflight preflight;

    @BeforeEach
    void start() throws Exception {
        server = TestSshServer.start(keys);
        ssh = SshOptions.defaults().withUserHome(home).withAgentSocket(null);
        preflight = new Preflight(BenchmarkCatalog.standard(), Clock.systemUTC(),
                Optional.of(new SshHostKeyTrust(ssh)), PreflightLimits.defaults());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private PreflightReport check(Target target) {
        Campaign c = campaign(List.of(new Environment("guest", "KVM virtio", "", target, scratch.toString(), "")),
                dd("1M"));
        return preflight.check(c, c.environments(), new SshShellFactory(ssh), CancellationToken.none());
    }

    @Test
    void reachableGuestPassesOverSsh() {
        PreflightReport report = check(server.target());

        assertTrue(report.passed(), report.toString());
        assertEquals(CheckStatus.OK, row(report, "guest", "authenticated").status());
        assertEquals(CheckStatus.OK, row(report, "guest", "tool dd").status());
        assertTrue(report.fingerprints().containsKey("guest"));
    }

    @Test
    void unknownHostKeyRowShowsItsFingerprintAndWritesNothing() throws Exception {
        Path knownHosts = Files.createFile(home.resolve("empty_known_hosts"));

        PreflightReport report = check(server.target(server.clientKey(), knownHosts));

        CheckRow key = row(report, "guest", "host key");
        assertEquals(CheckStatus.FAILED, key.status());
        assertTrue(key.detail().contains(server.hostKeyFingerprint()), key.detail());
        assertTrue(key.fix().contains("--accept-new-host-key"), key.fix());
        assertEquals(CheckStatus.OK, row(report, "guest", "reachable").status());
        assertEquals(CheckStatus.SKIPPED, row(report, "guest", "authenticated").status());
        assertEquals("", Files.readString(knownHosts));
        assertFalse(report.passed());
    }

    @Test
    void keyTheHostDoesNotKnowFailsAuthentication() throws Exception {
        Path stranger = TestSshServer.writeClientKey(home, "stranger");

        PreflightReport report = check(server.target(stranger, server.knownHosts()));

        CheckRow login = row(report, "guest", "authenticated");
        assertEquals(CheckStatus.FAILED, login.status());
        assertTrue(login.detail().contains("refused"), login.detail());
        assertEquals(CheckStatus.OK, row(report, "guest", "host key").status());
    }

    @Test
    void hostWhereNothingListensIsUnreachableAndTheRestIsSkipped() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }

        PreflightReport report = check(Target.ssh(System.getProperty("user.name"), "127.0.0.1", port,
                server.clientKey().toString(), server.knownHosts().toString()));

        CheckRow reachable = row(report, "guest", "reachable");
        assertEquals(CheckStatus.FAILED, reachable.status());
        assertTrue(reachable.detail().contains("connection refused"), reachable.detail());
        assertEquals(CheckStatus.SKIPPED, row(report, "guest", "host key").status());
        assertEquals(List.of("reachable", "host key", "authenticated"), report.environments().get(0).rows().stream()
                .map(CheckRow::name).toList());
    }
}
