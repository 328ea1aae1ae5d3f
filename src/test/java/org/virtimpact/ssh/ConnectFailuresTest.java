package org.virtimpact.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;

/** Each way a connection can fail ends in its own reason and a message that says what to do. */
class ConnectFailuresTest {

    @TempDir
    Path dir;

    private TestSshServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = TestSshServer.start(dir);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private ShellException connectFails(Target target, SshOptions options) {
        return assertThrows(ShellException.class, () -> JSchShell.connect(target, options).close());
    }

    @Test
    void unknownHostKeyIsRefusedWithItsFingerprint() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty_known_hosts"));

        ShellException e = connectFails(server.target(server.clientKey(), empty), SshOptions.defaults());

        assertEquals(Reason.HOST_KEY_UNKNOWN, e.reason());
        String message = e.getMessage();
        assertTrue(message.contains("127.0.0.1:" + server.port()), message);
        assertTrue(message.contains("ssh-ed25519"), message);
        assertTrue(message.contains(server.hostKeyFingerprint()), message);
        assertTrue(message.contains("ssh-keyscan -p " + server.port() + " 127.0.0.1 >> " + empty), message);
        assertEquals("", Files.readString(empty), "nothing was added to known_hosts");
    }

    @Test
    void missingKnownHostsFileCountsAsUnknownKey() {
        ShellException e = connectFails(server.target(server.clientKey(), dir.resolve("absent")),
                SshOptions.defaults());

        assertEquals(Reason.HOST_KEY_UNKNOWN, e.reason());
    }

    @Test
    void changedHostKeyIsRefusedLikeOpenSsh() throws Exception {
        server.restartWithNewHostKey();

        ShellException e = connectFails(server.target(), SshOptions.defaults());

        assertEquals(Reason.HOST_KEY_CHANGED, e.reason());
        String message = e.getMessage();
        assertTrue(message.contains("REMOTE HOST IDENTIFICATION HAS CHANGED"), message);
        assertTrue(message.contains(server.hostKeyFingerprint()), "names the new key: " + message);
        assertTrue(message.contains("ssh-keygen -R '[127.0.0.1]:" + server.port() + "'"), message);
    }

    @Test
    void unauthorizedClientKeyFailsAuthenticationNamingTheKey() throws IOException {
        Path stranger = TestSshServer.writeClientKey(dir, "stranger");

        ShellException e = connectFails(server.target(stranger, server.knownHosts()), SshOptions.defaults());

        assertEquals(Reason.AUTHENTICATION, e.reason());
        assertTrue(e.getMessage().contains(stranger.toString()), e.getMessage());
    }

    @Test
    void missingIdentityFileFailsAuthenticationBeforeConnecting() {
        int before = server.sessionsOpened();
        Path absent = dir.resolve("no-such-key");

        ShellException e = connectFails(server.target(absent, server.knownHosts()), SshOptions.defaults());

        assertEquals(Reason.AUTHENTICATION, e.reason());
        assertTrue(e.getMessage().contains(absent.toString()), e.getMessage());
        assertEquals(before, server.sessionsOpened());
    }

    @Test
    void passphraseProtectedKeyWithNobodyToAskIsRefusedWithAHint() throws Exception {
        Path locked = KeyFiles.locked(server.clientKey(), dir.resolve("locked"), "secret");

        ShellException e = connectFails(server.target(locked, server.knownHosts()),
                SshOptions.defaults().withAgentSocket(null));

        assertEquals(Reason.AUTHENTICATION, e.reason());
        assertTrue(e.getMessage().contains("no passphrase was entered") && e.getMessage().contains("ssh-add"),
                e.getMessage());
    }

    @Test
    void defaultKeysAreFoundInTheUserHome(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".ssh"));
        Files.copy(server.clientKey(), home.resolve(".ssh/id_ed25519"));

        try (JSchShell shell = JSchShell.connect(server.target(null, server.knownHosts()),
                SshOptions.defaults().withUserHome(home))) {
            assertTrue(shell.describe().endsWith(":" + server.port()));
        }
    }

    @Test
    void noKeyAtAllFailsAuthenticationWithAHint(@TempDir Path home) {
        // no agent either: a developer's own ssh-agent would otherwise offer its keys
        ShellException e = connectFails(server.target(null, server.knownHosts()),
                SshOptions.defaults().withUserHome(home).withAgentSocket(null));

        assertEquals(Reason.AUTHENTICATION, e.reason());
        assertTrue(e.getMessage().contains("ssh-keygen"), e.getMessage());
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        Target target = Target.ssh("nobody", "127.0.0.1", closedPort, server.clientKey().toString(),
                server.knownHosts().toString());

        ShellException e = connectFails(target, SshOptions.defaults());

        assertEquals(Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void silentServerTimesOutAsUnreachable() throws IOException {
        // accepts TCP connections (the backlog does) but never says a word of SSH
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            Target target = Target.ssh("nobody", "127.0.0.1", silent.getLocalPort(), server.clientKey().toString(),
                    server.knownHosts().toString());
            long start = System.nanoTime();

            ShellException e = connectFails(target, SshOptions.defaults().withConnectTimeout(Duration.ofMillis(500)));

            assertEquals(Reason.UNREACHABLE, e.reason());
            assertTrue(e.getMessage().contains("within 0.5 s"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        }
    }

    @Test
    void unresolvableHostNameIsUnreachable() {
        Target target = Target.ssh("nobody", "no-such-host.invalid", 22, server.clientKey().toString(),
                server.knownHosts().toString());

        ShellException e = connectFails(target, SshOptions.defaults().withConnectTimeout(Duration.ofSeconds(2)));

        assertEquals(Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().contains("no-such-host.invalid"), e.getMessage());
    }
}
