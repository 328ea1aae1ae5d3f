package org.virtimpact.core.run;

import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/**
 * One repetition that produced no samples; its message is what the researcher reads. A failure
 * that another attempt can't mend (a missing compiler, a peer that could not be started, a
 * refused login) is not retried.
 */
final class RunFailure extends Exception implements Explained {

    private final transient Message explanation;
    private final boolean cancelled;
    private final boolean retryable;

    RunFailure(Message message, boolean cancelled) {
        this(message, cancelled, !cancelled);
    }

    private RunFailure(Message message, boolean cancelled, boolean retryable) {
        super(message.english());
        this.explanation = message;
        this.cancelled = cancelled;
        this.retryable = retryable;
    }

    /** A failure the same attempt would meet again. */
    static RunFailure permanent(Message message) {
        return new RunFailure(message, false, false);
    }

    @Override
    public Message explanation() {
        // transient: a deserialised copy has only its English
        return explanation != null ? explanation : Message.verbatim(getMessage());
    }

    boolean cancelled() {
        return cancelled;
    }

    boolean retryable() {
        return retryable;
    }
}
