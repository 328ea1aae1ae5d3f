package org.virtimpact.core.remote;

import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/** A command could not be run to its end; the message says what happened and what to do. */
public class ShellException extends Exception implements Explained {

    public enum Reason {
        UNREACHABLE, AUTHENTICATION, HOST_KEY_UNKNOWN, HOST_KEY_CHANGED, TIMEOUT, CANCELLED, IO
    }

    private final Reason reason;
    private final transient Message explanation;

    public ShellException(Reason reason, String message) {
        this(reason, Message.verbatim(message));
    }

    public ShellException(Reason reason, String message, Throwable cause) {
        this(reason, Message.verbatim(message), cause);
    }

    public ShellException(Reason reason, Message message) {
        super(message.english());
        this.reason = reason;
        this.explanation = message;
    }

    public ShellException(Reason reason, Message message, Throwable cause) {
        super(message.english(), cause);
        this.reason = reason;
        this.explanation = message;
    }

    @Override
    public Message explanation() {
        // transient: a deserialised copy has only its English
        return explanation != null ? explanation : Message.verbatim(getMessage());
    }

    public Reason reason() {
        return reason;
    }
}
