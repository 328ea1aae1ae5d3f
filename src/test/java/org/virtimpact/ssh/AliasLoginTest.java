package org.virtimpact.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;

/** A Host alias of an SSH config written here leads to a real server: HostName, Port, User, IdentityFile. */
class AliasLoginTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    @TempDir
    Path home;

    private TestSshServer server;
    private SshOptions options;

    @BeforeEach
    void start() throws Exception {
        server = TestSshServer.start(dir);
        Files.createDirectories(home.resolve(".ssh"));
        Files.copy(server.clientKey(), home.resolve(".ssh/lab_key"));
        Files.copy(server.knownHosts(), home.resolve(".ssh/known_hosts"));
        Files.writeString(home.resolve(".ssh/config"), "Host xen-pv\n  HostName 127.0.0.1\n  Port " + server.port()
                + "\n  User " + System.getProperty("user.name") + "\n  IdentityFile ~/.ssh/lab_key\n");
        options = SshOptions.defaults().withUserHome(home).withAgentSocket(null);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aliasOfTheUsersConfigLogsIn() throws ShellException {
        Target alias = Target.sshAlias("xen-pv", null, null, 0, null, null);

        try (JSchShell shell = JSchShell.connect(alias, options)) {
            assertEquals("pv\n", shell.exec("echo pv", TIMEOUT, CancellationToken.none()).stdout());
            assertEquals(System.getProperty("user.name") + "@127.0.0.1:" + server.port(), shell.describe());
        }
    }

    @Test
    void aliasOfAGivenConfigFileLogsIn() throws Exception {
        Path other = dir.resolve("lab.conf");
        Files.writeString(other, "Host lab\n  HostName 127.0.0.1\n  Port " + server.port() + "\n  IdentityFile "
                + server.clientKey() + "\n  UserKnownHostsFile " + server.knownHosts() + "\n");
        Environment env = new Environment("lab", "KVM virtio", "", Target.sshAlias("lab", other.toString(), null, 0,
                null, null), null, null);

        try (Shell shell = new SshShellFactory(options).open(env)) {
            assertEquals("0\n", shell.exec("echo $?", TIMEOUT, CancellationToken.none()).stdout());
        }
    }

    @Test
    void portOnTheEnvironmentOverridesTheConfig() throws IOException {
        int wrong = server.port() == 1 ? 2 : 1;
        Target alias = Target.sshAlias("xen-pv", null, null, wrong, null, null);

        ShellException e = assertThrows(ShellException.class, () -> JSchShell.connect(alias, options).close());

        assertEquals(Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().contains(":" + wrong), e.getMessage());
    }

    @Test
    void hostKeyTrustScansAndAcceptsUnderTheRealHostName() throws Exception {
        Files.delete(home.resolve(".ssh/known_hosts"));
        Target alias = Target.sshAlias("xen-pv", null, null, 0, null, null);
        SshHostKeyTrust trust = new SshHostKeyTrust(options);

        ScannedHostKey key = trust.scan(alias);
        assertEquals(ScannedHostKey.State.UNKNOWN, key.state());
        assertEquals(home.resolve(".ssh/known_hosts").toString(), key.knownHosts());
        assertTrue(trust.accept(alias, key));

        assertEquals(server.knownHostsLine() + "\n", Files.readString(home.resolve(".ssh/known_hosts")));
        assertEquals(ScannedHostKey.State.TRUSTED, trust.scan(alias).state());
    }

    @Test
    void changedKeyScansAsChangedAndIsNeverAccepted() throws Exception {
        Target alias = Target.sshAlias("xen-pv", null, null, 0, null, null);
        String before = Files.readString(home.resolve(".ssh/known_hosts"));
        server.restartWithNewHostKey();
        SshHostKeyTrust trust = new SshHostKeyTrust(options);

        ScannedHostKey key = trust.scan(alias);
        assertEquals(ScannedHostKey.State.CHANGED, key.state());

        ShellException e = assertThrows(ShellException.class, () -> trust.accept(alias, key));
        assertEquals(Reason.HOST_KEY_CHANGED, e.reason());
        assertEquals(before, Files.readString(home.resolve(".ssh/known_hosts")));
    }
}
