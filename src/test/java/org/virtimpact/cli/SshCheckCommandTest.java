package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.ssh.SshOptions;
import org.virtimpact.ssh.TestSshServer;

/** {@code check} against the in-process SSH server: an unknown key shown, then accepted when asked. */
class SshCheckCommandTest {

    @TempDir
    Path keys;
    @TempDir
    Path home;
    @TempDir
    Path work;

    private TestSshServer server;
    private SshOptions ssh;
    private Path campaign;
    private Path knownHosts;

    @BeforeEach
    void start() throws Exception {
        server = TestSshServer.start(keys);
        ssh = SshOptions.defaults().withUserHome(home).withAgentSocket(null);
        campaign = work.resolve("study");
        knownHosts = work.resolve("known_hosts");
        Environment guest = new Environment("guest", "KVM virtio", "", server.target(server.clientKey(), knownHosts),
                work.toString(), "");
        new CampaignStore().save(campaign, new Campaign("ssh check", "", List.of(guest), List.of(new BenchmarkSpec("dd",
                Map.of("size", List.of("1M")), Map.of())), new Settings(1, 60)));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void unknownHostKeyFailsTheCheckShowingItsFingerprint() {
        CliRun check = SshCliRun.with(ssh, "check", campaign.toString());

        assertEquals(1, check.status(), check.out() + check.err());
        assertTrue(check.out().contains(server.hostKeyFingerprint()), check.out());
        assertTrue(check.out().contains("--accept-new-host-key"), check.out());
        assertTrue(Files.notExists(knownHosts));
    }

    @Test
    void acceptNewHostKeyRecordsItThenEveryCheckPasses() throws Exception {
        CliRun check = SshCliRun.with(ssh, "check", campaign.toString(), "--accept-new-host-key");

        assertEquals(0, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("Accepted the ssh-ed25519 key " + server.hostKeyFingerprint()), check.out());
        assertEquals(server.knownHostsLine() + "\n", Files.readString(knownHosts));
        assertTrue(Files.exists(campaign.resolve("hosts/guest.json")));
    }
}
