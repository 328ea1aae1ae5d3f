package org.virtimpact.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.StaticDecisionForwardingFilter;
import org.apache.sshd.server.shell.ProcessShellFactory;
import org.virtimpact.core.campaign.Target;

/**
 * A real SSH server in this JVM for tests: Apache MINA SSHD on 127.0.0.1, an ephemeral port, an
 * ed25519 host key, public-key login only, and every command run by {@code /bin/sh -c} as the
 * test's own user. {@link #start} also writes, into the given folder, an authorized client key
 * (OpenSSH format) and a known_hosts file that already trusts the server, so
 * {@code JSchShell.connect(server.target(), ...)} works straight away.
 *
 * <pre>{@code
 * try (TestSshServer server = TestSshServer.start(tempDir)) {
 *     Environment env = new Environment("guest", "KVM", "", server.target(), scratch, "");
 *     ...
 * }
 * }</pre>
 */
public final class TestSshServer implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final String HOST_KEY_TYPE = KeyPairProvider.SSH_ED25519;

    private final Path dir;
    private final Path clientKey;
    private final List<PublicKey> authorized = new CopyOnWriteArrayList<>();
    private final Path knownHosts;
    private volatile boolean forwarding;
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger sessionsOpened = new AtomicInteger();
    private KeyPair hostKey;
    private SshServer server;

    private TestSshServer(Path dir, Path clientKey, PublicKey authorized) throws GeneralSecurityException {
        this.dir = dir;
        this.clientKey = clientKey;
        this.authorized.add(authorized);
        this.knownHosts = dir.resolve("known_hosts");
        this.hostKey = KeyUtils.generateKeyPair(HOST_KEY_TYPE, 256);
        this.server = newServer(0);
    }

    /** A stopped server can't be started again, so a restart builds a new one from the same settings. */
    private SshServer newServer(int port) {
        SshServer s = SshServer.setUpDefaultServer();
        s.setHost(HOST);
        s.setPort(port);
        s.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        s.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        s.setPasswordAuthenticator(null);
        s.setKeyboardInteractiveAuthenticator(null);
        // looked up at each login, so a test can authorize another key while the server runs
        s.setPublickeyAuthenticator((user, key, session) -> authorized.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
        // a jump host must open "direct-tcpip" channels; every other server refuses, as sshd can be told to
        s.setForwardingFilter(new StaticDecisionForwardingFilter(false) {
            @Override
            protected boolean checkAcceptance(String request, Session session, SshdSocketAddress target) {
                if (forwarding) {
                    forwarded.incrementAndGet();
                }
                return forwarding;
            }
        });
        // ProcessShellCommandFactory alone would split the command on spaces and exec the words;
        // a real sshd hands the whole line to the login shell, so do the same
        s.setCommandFactory((channel, command) ->
                new ProcessShellFactory(command, "/bin/sh", "-c", command).createShell(channel));
        s.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                sessionsOpened.incrementAndGet();
            }
        });
        return s;
    }

    /**
     * Starts a server whose files ({@code id_ed25519}, {@code id_ed25519.pub}, {@code authorized_keys},
     * {@code known_hosts}) are written to {@code dir}, a test's {@code @TempDir}; one server per folder.
     */
    public static TestSshServer start(Path dir) throws IOException, GeneralSecurityException {
        Path clientKey = writeClientKey(dir, "id_ed25519");
        List<AuthorizedKeyEntry> entries = AuthorizedKeyEntry.readAuthorizedKeys(Path.of(clientKey + ".pub"));
        Files.copy(Path.of(clientKey + ".pub"), dir.resolve("authorized_keys"), StandardCopyOption.REPLACE_EXISTING);
        PublicKey authorized = entries.get(0).resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        TestSshServer fixture = new TestSshServer(dir, clientKey, authorized);
        fixture.server.start();
        Files.writeString(fixture.knownHosts, fixture.knownHostsLine() + "\n", StandardCharsets.UTF_8);
        return fixture;
    }

    /**
     * Writes a fresh ed25519 key pair, {@code dir/name} and {@code dir/name.pub}, that this server
     * does not authorize unless it is the one {@link #start} made.
     */
    public static Path writeClientKey(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try {
            com.jcraft.jsch.KeyPair pair = com.jcraft.jsch.KeyPair.genKeyPair(new JSch(), com.jcraft.jsch.KeyPair.ED25519);
            pair.writeOpenSSHv1PrivateKey(file.toString());
            pair.writePublicKey(file + ".pub", "virtimpact-test");
            pair.dispose();
        } catch (JSchException e) {
            throw new IOException("JSch could not generate a test key: " + e.getMessage(), e);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return server.getPort();
    }

    /** An SSH target with the authorized key and the known_hosts that trusts this server. */
    public Target target() {
        return target(clientKey, knownHosts);
    }

    public Target target(Path identityFile, Path knownHostsFile) {
        return Target.ssh(System.getProperty("user.name"), HOST, port(),
                identityFile == null ? null : identityFile.toString(),
                knownHostsFile == null ? null : knownHostsFile.toString());
    }

    /** Lets this server act as a jump host: it opens TCP connections for its clients (ProxyJump). */
    public TestSshServer allowForwarding() {
        forwarding = true;
        return this;
    }

    /** TCP connections this server opened for its clients as a jump host. */
    public int forwardedConnections() {
        return forwarded.get();
    }

    /** Lets the key in {@code publicKeyFile} (OpenSSH .pub format) log in too. */
    public void authorize(Path publicKeyFile) throws IOException, GeneralSecurityException {
        for (AuthorizedKeyEntry entry : AuthorizedKeyEntry.readAuthorizedKeys(publicKeyFile)) {
            authorized.add(entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING));
        }
    }

    public Path clientKey() {
        return clientKey;
    }

    public Path knownHosts() {
        return knownHosts;
    }

    public PublicKey hostPublicKey() {
        return hostKey.getPublic();
    }

    /** As {@code ssh-keygen -lf} prints it, computed by MINA, independently of the code under test. */
    public String hostKeyFingerprint() {
        return KeyUtils.getFingerPrint(hostKey.getPublic());
    }

    /** {@code [127.0.0.1]:PORT ssh-ed25519 AAAA...} for the current host key. */
    public String knownHostsLine() {
        return "[" + HOST + "]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    /** Connections opened so far, counted when the TCP connection is accepted. */
    public int sessionsOpened() {
        return sessionsOpened.get();
    }

    /**
     * Stops and starts the server on the same port with a newly generated host key, as a
     * reinstalled guest (or a man in the middle) would look. {@link #knownHosts()} keeps the old key.
     */
    public void restartWithNewHostKey() throws IOException, GeneralSecurityException {
        int port = port();
        server.stop(true);
        hostKey = KeyUtils.generateKeyPair(HOST_KEY_TYPE, 256);
        server = newServer(port);
        server.start();
    }

    /** Cuts every open connection at once, as a crashed or rebooted host would. */
    public void dropConnections() throws IOException {
        for (var session : server.getActiveSessions()) {
            session.close(true);
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
