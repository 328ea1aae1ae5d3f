package org.virtimpact.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.e2e.Testbed.HVM;
import static org.virtimpact.e2e.Testbed.PV;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.ssh.SshShellFactory;

/** Host keys and client keys against the real OpenSSH sshd of the test bed guests. */
class TestbedLoginTest {

    private static Testbed bed;

    @BeforeEach
    void testbed() {
        bed = Testbed.require();
    }

    @Test
    void unknownHostKeyIsRefusedWithItsSha256Fingerprint(@TempDir Path home) throws Exception {
        Path knownHosts = Files.createFile(home.resolve("known_hosts"));
        Environment env = bed.environment(PV, bed.identity(), knownHosts);

        ShellException e = assertThrows(ShellException.class, () -> open(env, home));

        assertEquals(Reason.HOST_KEY_UNKNOWN, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(fingerprint(bed.hostKey(PV))), e.getMessage());
        assertEquals(0, Files.size(knownHosts), "nothing is accepted silently");
    }

    @Test
    void changedHostKeyIsRefusedLikeOpenSsh(@TempDir Path home) throws Exception {
        // the entry for pv's address holds hvm's key: to the client, pv's key has changed
        String otherKey = Files.readString(bed.hostKey(HVM)).strip().split(" ")[1];
        Path knownHosts = Files.writeString(home.resolve("known_hosts"),
                "[127.0.0.1]:" + bed.port(PV) + " ssh-ed25519 " + otherKey + "\n");
        Environment env = bed.environment(PV, bed.identity(), knownHosts);

        ShellException e = assertThrows(ShellException.class, () -> open(env, home));

        assertEquals(Reason.HOST_KEY_CHANGED, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("REMOTE HOST IDENTIFICATION HAS CHANGED"), e.getMessage());
        assertTrue(e.getMessage().contains(fingerprint(bed.hostKey(PV))), e.getMessage());
        assertTrue(Files.readString(knownHosts).contains(otherKey), "the old entry is never replaced");
    }

    @Test
    void wrongClientKeyIsRefusedNamingTheKey(@TempDir Path home) {
        Environment env = bed.environment(PV, bed.wrongIdentity(), bed.knownHosts());

        ShellException e = assertThrows(ShellException.class, () -> open(env, home));

        assertEquals(Reason.AUTHENTICATION, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(bed.wrongIdentity().toString()), e.getMessage());
    }

    @Test
    void guestWithUnknownHostKeyFailsItsRunsWhileTheOtherGuestRuns(@TempDir Path campaignDir, @TempDir Path home)
            throws Exception {
        Path empty = Files.createFile(home.resolve("empty_known_hosts"));
        Environment unknown = bed.environment(HVM, bed.identity(), empty);
        Environment known = bed.environment(PV);
        Campaign campaign = new Campaign("unknown host key", "", List.of(unknown, known),
                List.of(new BenchmarkSpec("dd", Map.of("size", List.of("64K"), "block", List.of("4K")), Map.of())),
                new Settings(2, 60));

        RunReport report = bed.run(campaign, campaignDir, home, RunListener.NONE, CancellationToken.none());

        assertEquals(2, report.completed(), () -> "the known guest's runs: " + report.failures());
        assertEquals(2, report.failures().size());
        String fingerprint = fingerprint(bed.hostKey(HVM));
        assertTrue(report.failures().stream().allMatch(f -> f.environment().equals(unknown.name())
                && f.reason().contains(fingerprint)), report.failures()::toString);
    }

    private static void open(Environment env, Path home) throws ShellException {
        new SshShellFactory(bed.sshOptions(home)).open(env).close();
    }

    /** OpenSSH's form: SHA256 of the key blob, unpadded base64. */
    private static String fingerprint(Path publicKey) throws Exception {
        String blob = Files.readString(publicKey, StandardCharsets.US_ASCII).strip().split(" ")[1];
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(blob));
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    }
}
