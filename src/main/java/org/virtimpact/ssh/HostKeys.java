package org.virtimpact.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.Session;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;
import org.virtimpact.core.text.Message;

/**
 * Reading a server's host key without logging in, and recording a key a person has checked.
 * {@link SshHostKeyTrust} puts these together for whole routes, jump hosts included.
 */
public final class HostKeys {

    private HostKeys() {
    }

    /** The key {@code host:port} presents, read during the handshake; no login is attempted. */
    public static HostKeyInfo scan(String host, int port, Duration timeout) throws ShellException {
        return scan(host, port, null, timeout);
    }

    /**
     * As {@link #scan(String, int, Duration)}, through the jump host session {@code via} when it is
     * not null.
     */
    static HostKeyInfo scan(String host, int port, Session via, Duration timeout) throws ShellException {
        ConnectFailures failures = new ConnectFailures(host, port, host + ":" + port, Path.of("(none)"), List.of(),
                timeout);
        JSch jsch = new JSch();
        Session session = null;
        try {
            // trusting nothing makes the handshake stop right after the server has shown its key
            jsch.setKnownHosts(new ByteArrayInputStream(new byte[0]));
            session = jsch.getSession("virtimpact", host, port);
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey");
            session.setDaemonThread(true);
            if (via != null) {
                session.setProxy(new JumpProxy(via, timeout));
            }
            session.connect(Math.toIntExact(timeout.toMillis()));
            session.disconnect();
            throw new IllegalStateException("an empty known_hosts let a connection to " + host + ":" + port + " through");
        } catch (JSchUnknownHostKeyException e) {
            HostKeyInfo key = ConnectFailures.presentedKey(session, host, port);
            if (key == null) {
                throw new ShellException(Reason.IO, Message.of("hostKeys.noKey",
                        "{0}:{1} sent no host key JSch could read.", host, Integer.toString(port)), e);
            }
            return key;
        } catch (JSchException e) {
            throw failures.map(e, session);
        } finally {
            if (session != null) {
                session.disconnect();
            }
        }
    }

    /** What {@code knownHosts} says about {@code key}: recorded, unknown, or a different key recorded. */
    static ScannedHostKey.State state(Path knownHosts, HostKeyInfo key) throws ShellException {
        JSch jsch = new JSch();
        try {
            jsch.setKnownHosts(knownHosts.toString());
            int state = jsch.getHostKeyRepository().check(key.knownHostsName(), key.blob());
            return state == HostKeyRepository.OK ? ScannedHostKey.State.TRUSTED
                    : state == HostKeyRepository.CHANGED ? ScannedHostKey.State.CHANGED : ScannedHostKey.State.UNKNOWN;
        } catch (JSchException e) {
            throw new ShellException(Reason.IO, Message.of("hostKeys.unreadable", "Could not read {0}: {1}",
                    knownHosts.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Appends {@code key} to {@code knownHosts}, creating the file readable by its owner only.
     * A different key already recorded for the host is never replaced.
     */
    public static boolean accept(Path knownHosts, HostKeyInfo key) throws ShellException {
        JSch jsch = new JSch();
        int state;
        try {
            HostKey parsed = new HostKey(key.knownHostsName(), HostKey.GUESS, key.blob());
            if (!parsed.getType().equals(key.type())) {
                throw new IllegalArgumentException("the key is a " + parsed.getType() + " key, not " + key.type());
            }
            jsch.setKnownHosts(knownHosts.toString());
            state = jsch.getHostKeyRepository().check(key.knownHostsName(), key.blob());
        } catch (JSchException e) {
            throw new ShellException(Reason.IO, Message.of("hostKeys.keyUnreadable",
                    "Could not read {0} or the key of {1}: {2}", knownHosts.toString(), key.address(),
                    String.valueOf(e.getMessage())), e);
        }
        if (state == HostKeyRepository.OK) {
            return false;
        }
        if (state == HostKeyRepository.CHANGED) {
            throw new HostKeyException(Reason.HOST_KEY_CHANGED, Message.of("hostKeys.different", "{0} already holds"
                    + " a different {1} key for {2}; the new one ({3}) was not added. Only if you know why the host''s"
                    + " key changed, remove the old entry (ssh-keygen -R {4} -f {5}) and accept again.",
                    knownHosts.toString(), key.type(), key.address(), key.fingerprint(),
                    ConnectFailures.word(key.knownHostsName()), ConnectFailures.word(knownHosts.toString())),
                    key, knownHosts, false, null);
        }
        try {
            append(knownHosts, key.knownHostsLine());
        } catch (IOException e) {
            throw new ShellException(Reason.IO, Message.of("hostKeys.appendFailed", "Could not add the key of {0} to"
                    + " {1}: {2}. Check the folder''s permissions.", key.address(), knownHosts.toString(),
                    String.valueOf(e.getMessage())), e);
        }
        return true;
    }

    private static void append(Path file, String line) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        if (!Files.exists(file)) {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        }
        byte[] existing = Files.readAllBytes(file);
        boolean needsNewline = existing.length > 0 && existing[existing.length - 1] != '\n';
        Files.writeString(file, (needsNewline ? "\n" : "") + line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }
}
