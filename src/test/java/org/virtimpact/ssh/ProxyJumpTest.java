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
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;

/** ProxyJump through a second real SSH server that forwards TCP, as a bastion host does. */
class ProxyJumpTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path jumpDir;
    @TempDir
    Path guestDir;
    @TempDir
    Path home;

    private TestSshServer jump;
    private TestSshServer guest;
    private Path knownHosts;
    private SshOptions options;

    @BeforeEach
    void start() throws Exception {
        jump = TestSshServer.start(jumpDir).allowForwarding();
        guest = TestSshServer.start(guestDir);
        knownHosts = home.resolve("known_hosts");
        Files.writeString(knownHosts, jump.knownHostsLine() + "\n" + guest.knownHostsLine() + "\n");
        options = SshOptions.defaults().withUserHome(home).withAgentSocket(null);
    }

    @AfterEach
    void stop() throws IOException {
        guest.close();
        jump.close();
    }

    private Path config(String extraGuestLines) throws IOException {
        Path file = home.resolve("ssh_config");
        Files.writeString(file, "Host bastion\n  HostName 127.0.0.1\n  Port " + jump.port() + "\n  IdentityFile "
                + jump.clientKey() + "\n  UserKnownHostsFile " + knownHosts + "\n"
                + "Host guest\n  HostName 127.0.0.1\n  Port " + guest.port() + "\n  IdentityFile " + guest.clientKey()
                + "\n  UserKnownHostsFile " + knownHosts + "\n  ProxyJump bastion\n" + extraGuestLines);
        return file;
    }

    private Target guestAlias() throws IOException {
        return Target.sshAlias("guest", config("").toString(), null, 0, null, null);
    }

    @Test
    void logsInThroughTheJumpHost() throws Exception {
        try (JSchShell shell = JSchShell.connect(guestAlias(), options)) {
            assertEquals("behind\n", shell.exec("echo behind", TIMEOUT, CancellationToken.none()).stdout());
        }
        assertEquals(1, jump.forwardedConnections(), "the guest was reached through the jump host");
    }

    @Test
    void unknownJumpHostKeyStopsBeforeTheGuestIsReached() throws Exception {
        Files.writeString(knownHosts, guest.knownHostsLine() + "\n");
        int before = guest.sessionsOpened();

        ShellException e = assertThrows(ShellException.class, () -> JSchShell.connect(guestAlias(), options).close());

        assertEquals(Reason.HOST_KEY_UNKNOWN, e.reason());
        assertTrue(e.getMessage().contains("the jump host 127.0.0.1:" + jump.port()), e.getMessage());
        assertTrue(e.getMessage().contains(jump.hostKeyFingerprint()), e.getMessage());
        assertEquals(before, guest.sessionsOpened());
    }

    @Test
    void changedGuestKeyBehindTheJumpHostIsRefused() throws Exception {
        Target target = guestAlias();
        guest.restartWithNewHostKey();

        ShellException e = assertThrows(ShellException.class, () -> JSchShell.connect(target, options).close());

        assertEquals(Reason.HOST_KEY_CHANGED, e.reason());
        assertTrue(e.getMessage().contains("REMOTE HOST IDENTIFICATION HAS CHANGED"), e.getMessage());
    }

    @Test
    void jumpHostThatForbidsForwardingIsExplained() throws Exception {
        jump.close();
        jump = TestSshServer.start(jumpDir);
        Files.writeString(knownHosts, jump.knownHostsLine() + "\n" + guest.knownHostsLine() + "\n");

        ShellException e = assertThrows(ShellException.class, () -> JSchShell.connect(guestAlias(), options).close());

        assertEquals(Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().contains("AllowTcpForwarding"), e.getMessage());
    }

    @Test
    void silentHostBehindTheJumpHostTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            Path file = config("");
            Files.writeString(file, Files.readString(file) + "Host mute\n  HostName 127.0.0.1\n  Port "
                    + silent.getLocalPort() + "\n  IdentityFile " + guest.clientKey() + "\n  ProxyJump bastion\n"
                    + "  UserKnownHostsFile " + knownHosts + "\n  ConnectTimeout 1\n");
            long start = System.nanoTime();

            ShellException e = assertThrows(ShellException.class, () -> JSchShell.connect(
                    Target.sshAlias("mute", file.toString(), null, 0, null, null), options).close());

            assertEquals(Reason.UNREACHABLE, e.reason());
            assertTrue(e.getMessage().contains("within 1.0 s"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(8)) < 0);
        }
    }

    @Test
    void twoJumpHostsAreChainedInOrder(@TempDir Path innerDir) throws Exception {
        try (TestSshServer inner = TestSshServer.start(innerDir).allowForwarding()) {
            Files.writeString(knownHosts, inner.knownHostsLine() + "\n", java.nio.file.StandardOpenOption.APPEND);
            Path file = config("");
            String text = Files.readString(file).replace("  ProxyJump bastion\n", "  ProxyJump bastion,inner\n")
                    + "Host inner\n  HostName 127.0.0.1\n  Port " + inner.port() + "\n  IdentityFile "
                    + inner.clientKey() + "\n";
            Files.writeString(file, text);
            Target target = Target.sshAlias("guest", file.toString(), null, 0, null, knownHosts.toString());

            try (JSchShell shell = JSchShell.connect(target, options)) {
                assertEquals("deep\n", shell.exec("echo deep", TIMEOUT, CancellationToken.none()).stdout());
            }
            assertEquals(1, jump.forwardedConnections());
            assertEquals(1, inner.forwardedConnections());
        }
    }

    @Test
    void hostKeyTrustWalksTheRouteOneUnknownKeyAtATime() throws Exception {
        Files.writeString(knownHosts, "");
        Target target = guestAlias();
        SshHostKeyTrust trust = new SshHostKeyTrust(options);

        ScannedHostKey first = trust.scan(target);
        assertEquals(ScannedHostKey.State.UNKNOWN, first.state());
        assertTrue(first.jumpHost());
        assertEquals(jump.hostKeyFingerprint(), first.fingerprint());
        assertTrue(trust.accept(target, first));

        ScannedHostKey second = trust.scan(target);
        assertEquals(ScannedHostKey.State.UNKNOWN, second.state());
        assertEquals(guest.port(), second.port());
        assertEquals(guest.hostKeyFingerprint(), second.fingerprint());
        assertTrue(trust.accept(target, second));

        assertEquals(ScannedHostKey.State.TRUSTED, trust.scan(target).state());
        try (JSchShell shell = JSchShell.connect(target, options)) {
            assertEquals("ok\n", shell.exec("echo ok", TIMEOUT, CancellationToken.none()).stdout());
        }
        assertEquals(jump.knownHostsLine() + "\n" + guest.knownHostsLine() + "\n", Files.readString(knownHosts));
    }
}
