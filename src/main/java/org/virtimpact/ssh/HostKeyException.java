package org.virtimpact.ssh;

import java.nio.file.Path;
import java.util.Optional;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.text.Message;

/**
 * A connection refused because of a server's host key. Carries the key the server presented and
 * the known_hosts file it was checked against, so that a caller the researcher has told to accept
 * new keys can record exactly that key, in the right file.
 */
public final class HostKeyException extends ShellException {

    private static final long serialVersionUID = 1L;

    private final transient HostKeyInfo presented;
    private final transient Path knownHosts;
    private final boolean jumpHost;

    public HostKeyException(Reason reason, String message, HostKeyInfo presented, Throwable cause) {
        this(reason, message, presented, null, false, cause);
    }

    public HostKeyException(Reason reason, String message, HostKeyInfo presented, Path knownHosts, boolean jumpHost,
                            Throwable cause) {
        this(reason, Message.verbatim(message), presented, knownHosts, jumpHost, cause);
    }

    public HostKeyException(Reason reason, Message message, HostKeyInfo presented, Path knownHosts, boolean jumpHost,
                            Throwable cause) {
        super(reason, message, cause);
        if (reason != Reason.HOST_KEY_UNKNOWN && reason != Reason.HOST_KEY_CHANGED) {
            throw new IllegalArgumentException("a host key failure is HOST_KEY_UNKNOWN or HOST_KEY_CHANGED, not " + reason);
        }
        this.presented = presented;
        this.knownHosts = knownHosts;
        this.jumpHost = jumpHost;
    }

    /** The refused key; null when the server sent none JSch could read. */
    public HostKeyInfo presented() {
        return presented;
    }

    /** The known_hosts file the key was checked against; null when not known. */
    public Path knownHosts() {
        return knownHosts;
    }

    public boolean jumpHost() {
        return jumpHost;
    }

    /** The refused key in the core's terms, for a dialog or the CLI. */
    public Optional<ScannedHostKey> scanned() {
        if (presented == null || knownHosts == null) {
            return Optional.empty();
        }
        ScannedHostKey.State state = reason() == Reason.HOST_KEY_CHANGED
                ? ScannedHostKey.State.CHANGED : ScannedHostKey.State.UNKNOWN;
        return Optional.of(presented.scanned(state, knownHosts, jumpHost));
    }
}
