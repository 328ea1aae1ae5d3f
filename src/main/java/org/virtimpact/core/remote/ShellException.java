package org.virtimpact.core.remote;

/** A command could not be run to its end; the message says what happened and what to do. */
public class ShellException extends Exception {

    public enum Reason {
        UNREACHABLE, AUTHENTICATION, HOST_KEY_UNKNOWN, HOST_KEY_CHANGED, TIMEOUT, CANCELLED, IO
    }

    private final Reason reason;

    public ShellException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ShellException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
