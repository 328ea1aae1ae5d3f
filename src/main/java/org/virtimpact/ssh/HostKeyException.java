package org.virtimpact.ssh;

import org.virtimpact.core.remote.ShellException;

/**
 * A connection refused because of the server's host key. Carries the key the server presented,
 * so that a caller the researcher has told to accept new keys can record exactly that key.
 */
public final class HostKeyException extends ShellException {

    private static final long serialVersionUID = 1L;

    private final transient HostKeyInfo presented;

    public HostKeyException(Reason reason, String message, HostKeyInfo presented, Throwable cause) {
        super(reason, message, cause);
        if (reason != Reason.HOST_KEY_UNKNOWN && reason != Reason.HOST_KEY_CHANGED) {
            throw new IllegalArgumentException("a host key failure is HOST_KEY_UNKNOWN or HOST_KEY_CHANGED, not " + reason);
        }
        this.presented = presented;
    }

    public HostKeyInfo presented() {
        return presented;
    }
}
