package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.Sample;
import org.virtimpact.ssh.SshOptions;
import org.virtimpact.ssh.TestSshServer;

/** new, env add and run together, over SSH to a real in-process server. */
class SshCampaignCliTest {

    @TempDir
    Path keys;
    @TempDir
    Path home;
    @TempDir
    Path work;

    private TestSshServer server;
    private SshOptions ssh;
    private Path campaign;

    @BeforeEach
    void start() throws Exception {
        server = TestSshServer.start(keys);
        ssh = SshOptions.defaults().withUserHome(home).withAgentSocket(null);
        campaign = work.resolve("study");
        assertEquals(0, SshCliRun.with(ssh, "new", campaign.toString()).status());
        assertEquals(0, SshCliRun.with(ssh, "env", "remove", campaign.toString(), "--name", "this machine").status());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private CliRun addGuest(String mode, String group, Path scratch, Path knownHosts) {
        return SshCliRun.with(ssh, "env", "add", campaign.toString(), "--name", "guest", "--mode", mode,
                "--group", group, "--scratch", scratch.toString(), "--peer", group,
                "--ssh", System.getProperty("user.name") + "@127.0.0.1:" + server.port(),
                "--identity", server.clientKey().toString(), "--known-hosts", knownHosts.toString());
    }

    /** One 1M dd repetition, so each run is quick. */
    private void shrink() throws Exception {
        CampaignStore store = new CampaignStore();
        Campaign c = store.load(campaign);
        store.save(campaign, c.withBenchmarks(List.of(new BenchmarkSpec("dd",
                Map.of("size", List.of("1M"), "block", List.of("512")), Map.of()))).withSettings(new Settings(1, 120)));
    }

    @Test
    void hostileLabelsRoundTripAndRunNothing() throws Exception {
        Path marker = work.resolve("pwned");
        String label = "a$(touch " + marker + ");b `touch " + marker + "` 'q\" | touch " + marker;
        Path scratch = Files.createDirectories(work.resolve("a$(touch " + marker + ");b"));
        assertEquals(0, addGuest(label, label, scratch, server.knownHosts()).status());
        shrink();

        CliRun run = SshCliRun.with(ssh, "run", campaign.toString());

        assertEquals(0, run.status(), run.out() + run.err());
        Environment env = new CampaignStore().load(campaign).environment("guest").orElseThrow();
        assertEquals(List.of(label, label, scratch.toString(), label),
                List.of(env.mode(), env.group(), env.scratchDir(), env.peer()));
        assertFalse(Files.exists(marker), "a label ran as a command");
        assertTrue(Files.readString(campaign.resolve("hosts/guest.json")).contains("touch"), "mode kept as text");
        List<Sample> samples = new CsvResults().read(campaign.resolve("results.csv")).samples();
        assertEquals(4, samples.size());
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".virtimpact-dd")).toList());
        }
    }

    @Test
    void unknownHostKeyStopsTheRunWithItsFingerprint() throws Exception {
        Path knownHosts = work.resolve("known_hosts");
        addGuest("KVM virtio", "", work, knownHosts);
        shrink();

        CliRun run = SshCliRun.with(ssh, "run", campaign.toString());

        // preflight stops it before the first repetition
        assertEquals(1, run.status());
        assertTrue(run.err().contains(server.hostKeyFingerprint()), run.err());
        assertTrue(run.err().contains("--accept-new-host-key"), run.err());
        assertFalse(Files.exists(knownHosts));
    }

    @Test
    void acceptNewHostKeyRecordsAndPrintsTheKeyThenRuns() throws Exception {
        Path knownHosts = work.resolve("known_hosts");
        addGuest("KVM virtio", "", work, knownHosts);
        shrink();

        CliRun run = SshCliRun.with(ssh, "run", campaign.toString(), "--accept-new-host-key");

        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("Accepted the ssh-ed25519 key " + server.hostKeyFingerprint() + " of 127.0.0.1:"
                + server.port() + " for guest"), run.out());
        assertEquals(server.knownHostsLine() + "\n", Files.readString(knownHosts));
    }

    @Test
    void acceptNewHostKeyStillRefusesAChangedKey() throws Exception {
        addGuest("KVM virtio", "", work, server.knownHosts());
        shrink();
        String before = Files.readString(server.knownHosts());
        server.restartWithNewHostKey();

        CliRun run = SshCliRun.with(ssh, "run", campaign.toString(), "--accept-new-host-key");

        assertEquals(1, run.status());
        assertTrue(run.err().contains("REMOTE HOST IDENTIFICATION HAS CHANGED"), run.err());
        assertFalse(run.out().contains("Accepted"), run.out());
        assertEquals(before, Files.readString(server.knownHosts()));
    }
}
