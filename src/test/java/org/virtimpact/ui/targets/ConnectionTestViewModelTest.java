package org.virtimpact.ui.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.preflight.CheckStatus;
import org.virtimpact.core.preflight.Preflight;
import org.virtimpact.core.preflight.PreflightLimits;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.run.ShellFactory;
import org.virtimpact.ssh.SshHostKeyTrust;
import org.virtimpact.ssh.SshOptions;
import org.virtimpact.ssh.SshShellFactory;
import org.virtimpact.ssh.TestSshServer;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.campaign.Drafts;
import org.virtimpact.ui.targets.ConnectionTestViewModel.Outcome;

/** "Test connection" against this machine and against a real SSH server in this JVM. */
class ConnectionTestViewModelTest {

    private static final BenchmarkCatalog CATALOG = BenchmarkCatalog.standard();

    @TempDir
    Path dir;
    @TempDir
    Path sshDir;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    private static OpenCampaign ddOn(Path dir, Environment env) {
        Campaign c = new Campaign("test", "", List.of(env), List.of(new BenchmarkSpec("dd",
                Map.of("size", List.of("1M")), Map.of())), new Settings(1, 60));
        return new OpenCampaign(dir, c);
    }

    private ConnectionTestViewModel vm(ShellFactory shells, Optional<HostKeyTrust> trust) {
        return new ConnectionTestViewModel(new Preflight(CATALOG, Clock.systemUTC(), trust, PreflightLimits.defaults()),
                shells, new DirectBackground(), dialogs, Drafts.TEXTS);
    }

    private static CheckLine line(ConnectionTestViewModel vm, String check) {
        return vm.lines().stream().filter(l -> l.check().equals(check)).findFirst().orElseThrow(
                () -> new AssertionError("no row " + check + " in " + vm.lines()));
    }

    @Test
    void testsThisMachineThroughALocalShell() {
        Environment env = new Environment("here", "native", "", Target.local(), dir.toString(), "");
        ConnectionTestViewModel vm = vm(e -> new LocalShell(), Optional.empty());

        vm.test(ddOn(dir, env), env);

        assertFalse(vm.runningProperty().get());
        assertEquals(CheckStatus.OK, line(vm, "reachable").status());
        assertTrue(vm.outcomeProperty().get() == Outcome.PASSED || vm.outcomeProperty().get() == Outcome.WARNINGS,
                vm.summaryProperty().get() + " " + vm.lines());
        assertTrue(vm.reportProperty().get().fingerprints().containsKey("here"), "the fingerprint was read");
        assertTrue(Files.exists(dir.resolve("hosts").resolve("here.json")), "and recorded as a run would");
        assertTrue(dialogs.shown().isEmpty());
    }

    @Test
    void anUnknownHostKeyIsShownAndAcceptingItMakesTheRetryPass() throws Exception {
        try (TestSshServer server = TestSshServer.start(sshDir)) {
            Path knownHosts = sshDir.resolve("empty_known_hosts");
            Environment env = new Environment("guest", "KVM virtio", "", server.target(server.clientKey(), knownHosts),
                    dir.toString(), "");
            RecordingQuestions questions = new RecordingQuestions(true);
            ConnectionTestViewModel vm = askingOverSsh(questions);

            vm.test(ddOn(dir, env), env);

            assertEquals(1, questions.asked.size());
            ScannedHostKey asked = questions.asked.get(0);
            assertEquals(TestSshServer.HOST_KEY_TYPE, asked.type());
            assertEquals(server.hostKeyFingerprint(), asked.fingerprint());
            assertEquals(CheckStatus.OK, line(vm, "host key").status());
            assertEquals(CheckStatus.OK, line(vm, "authenticated").status());
            assertTrue(Files.readString(knownHosts).contains(asked.publicKey()), "the key is now known");
        }
    }

    @Test
    void aRejectedHostKeyFailsTheCheckAndIsNotRecorded() throws Exception {
        try (TestSshServer server = TestSshServer.start(sshDir)) {
            Path knownHosts = sshDir.resolve("empty_known_hosts");
            Environment env = new Environment("guest", "KVM virtio", "", server.target(server.clientKey(), knownHosts),
                    dir.toString(), "");
            RecordingQuestions questions = new RecordingQuestions(false);
            ConnectionTestViewModel vm = askingOverSsh(questions);

            vm.test(ddOn(dir, env), env);

            assertEquals(1, questions.asked.size());
            assertEquals(CheckStatus.FAILED, line(vm, "host key").status());
            assertEquals(Outcome.FAILED, vm.outcomeProperty().get());
            assertTrue(!Files.exists(knownHosts) || Files.readString(knownHosts).isBlank());
        }
    }

    @Test
    void aChangedHostKeyIsRefusedWithoutAnythingToAccept() throws Exception {
        try (TestSshServer server = TestSshServer.start(sshDir)) {
            Environment env = new Environment("guest", "KVM virtio", "", server.target(), dir.toString(), "");
            server.restartWithNewHostKey();
            RecordingQuestions questions = new RecordingQuestions(true);
            ConnectionTestViewModel vm = askingOverSsh(questions);

            vm.test(ddOn(dir, env), env);

            assertTrue(questions.asked.isEmpty(), "a changed key is never offered for acceptance");
            assertEquals(1, questions.changed.size());
            assertTrue(questions.changed.get(0).contains("REMOTE HOST IDENTIFICATION HAS CHANGED"));
            assertEquals(CheckStatus.FAILED, line(vm, "host key").status());
        }
    }

    /** The connection test as the workbench wires it: real SSH, host keys put to {@code questions}. */
    private ConnectionTestViewModel askingOverSsh(RecordingQuestions questions) {
        SshOptions options = SshOptions.defaults().withUserHome(sshDir).withAgentSocket(null);
        HostKeyTrust trust = new SshHostKeyTrust(options);
        return vm(new TrustingShells(new SshShellFactory(options), trust, questions), Optional.of(trust));
    }
}
