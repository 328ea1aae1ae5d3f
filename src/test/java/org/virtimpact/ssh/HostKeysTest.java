package org.virtimpact.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;

/** Scanning a key, accepting it explicitly, and what the factory's accept-new policy may and may not do. */
class HostKeysTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

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

    @Test
    void scanReportsTheServerKeyWithOpenSshFingerprint() throws ShellException {
        HostKeyInfo key = HostKeys.scan(server.host(), server.port(), TIMEOUT);

        assertEquals("ssh-ed25519", key.type());
        assertEquals(server.hostKeyFingerprint(), key.fingerprint());
        assertEquals(server.knownHostsLine(), key.knownHostsLine());
    }

    @Test
    void scanOfClosedPortIsUnreachable() throws IOException {
        int port = server.port();
        server.close();

        ShellException e = assertThrows(ShellException.class, () -> HostKeys.scan(server.host(), port, TIMEOUT));

        assertEquals(Reason.UNREACHABLE, e.reason());
    }

    @Test
    void acceptedKeyLetsTheNextConnectionIn() throws ShellException {
        Path knownHosts = dir.resolve("fresh/.ssh/known_hosts");
        Target target = server.target(server.clientKey(), knownHosts);

        HostKeyInfo key = HostKeys.scan(server.host(), server.port(), TIMEOUT);
        assertTrue(HostKeys.accept(knownHosts, key));

        try (JSchShell shell = JSchShell.connect(target, SshOptions.defaults())) {
            assertEquals("in\n", shell.exec("echo in", TIMEOUT, CancellationToken.none()).stdout());
        }
    }

    @Test
    void acceptCreatesKnownHostsReadableByTheOwnerOnly() throws Exception {
        Path knownHosts = dir.resolve("new/known_hosts");

        HostKeys.accept(knownHosts, HostKeys.scan(server.host(), server.port(), TIMEOUT));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(knownHosts)));
        assertEquals(server.knownHostsLine() + "\n", Files.readString(knownHosts));
    }

    @Test
    void acceptingAKnownKeyAgainChangesNothing() throws Exception {
        String before = Files.readString(server.knownHosts());

        boolean added = HostKeys.accept(server.knownHosts(), HostKeys.scan(server.host(), server.port(), TIMEOUT));

        assertFalse(added);
        assertEquals(before, Files.readString(server.knownHosts()));
    }

    @Test
    void acceptNeverReplacesADifferentRecordedKey() throws Exception {
        String before = Files.readString(server.knownHosts());
        server.restartWithNewHostKey();
        HostKeyInfo newKey = HostKeys.scan(server.host(), server.port(), TIMEOUT);

        ShellException e = assertThrows(ShellException.class, () -> HostKeys.accept(server.knownHosts(), newKey));

        assertEquals(Reason.HOST_KEY_CHANGED, e.reason());
        assertEquals(before, Files.readString(server.knownHosts()));
    }

    @Test
    void hashedKnownHostsEntryIsTrusted() throws Exception {
        Path hashed = dir.resolve("hashed_known_hosts");
        String name = "[127.0.0.1]:" + server.port();
        String key = server.knownHostsLine().substring(name.length() + 1);
        Files.writeString(hashed, hashedName(name) + " " + key + "\n");

        try (JSchShell shell = JSchShell.connect(server.target(server.clientKey(), hashed), SshOptions.defaults())) {
            assertEquals("ok\n", shell.exec("echo ok", TIMEOUT, CancellationToken.none()).stdout());
        }
    }

    /** OpenSSH's HashKnownHosts form: {@code |1|base64(salt)|base64(HMAC-SHA1(salt, host))}. */
    private static String hashedName(String host) throws GeneralSecurityException {
        byte[] salt = new byte[20];
        new java.security.SecureRandom().nextBytes(salt);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(salt, "HmacSHA1"));
        byte[] hash = mac.doFinal(host.getBytes(StandardCharsets.UTF_8));
        return "|1|" + Base64.getEncoder().encodeToString(salt) + "|" + Base64.getEncoder().encodeToString(hash);
    }

    @Test
    void factoryWithAcceptNewRecordsAnUnknownKeyAndConnects() throws Exception {
        Path knownHosts = dir.resolve("accept-new_known_hosts");
        Environment env = new Environment("guest", "", "", server.target(server.clientKey(), knownHosts), null, null);
        SshShellFactory factory = new SshShellFactory(SshOptions.defaults().withHostKeyPolicy(HostKeyPolicy.ACCEPT_NEW));

        try (Shell shell = factory.open(env)) {
            assertEquals("0\n", shell.exec("echo $?", TIMEOUT, CancellationToken.none()).stdout());
        }
        assertEquals(server.knownHostsLine() + "\n", Files.readString(knownHosts));
    }

    @Test
    void factoryWithAcceptNewStillRefusesAChangedKey() throws Exception {
        server.restartWithNewHostKey();
        Environment env = new Environment("guest", "", "", server.target(), null, null);
        SshShellFactory factory = new SshShellFactory(SshOptions.defaults().withHostKeyPolicy(HostKeyPolicy.ACCEPT_NEW));

        ShellException e = assertThrows(ShellException.class, () -> factory.open(env).close());

        assertEquals(Reason.HOST_KEY_CHANGED, e.reason());
    }

    @Test
    void defaultFactoryNeverAcceptsAnUnknownKey() throws IOException {
        Path knownHosts = dir.resolve("strict_known_hosts");
        Environment env = new Environment("guest", "", "", server.target(server.clientKey(), knownHosts), null, null);

        ShellException e = assertThrows(ShellException.class, () -> new SshShellFactory().open(env).close());

        assertEquals(Reason.HOST_KEY_UNKNOWN, e.reason());
        assertFalse(Files.exists(knownHosts));
    }
}
