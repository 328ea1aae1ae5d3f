package org.virtimpact.core.run;

/**
 * One repetition that produced no samples; its message is what the researcher reads. A failure
 * that another attempt can't mend (a missing compiler, a peer that could not be started, a
 * refused login) is not retried.
 */
final class RunFailure extends Exception {

    private final boolean cancelled;
    private final boolean retryable;

    RunFailure(String message, boolean cancelled) {
        this(message, cancelled, !cancelled);
    }

    private RunFailure(String message, boolean cancelled, boolean retryable) {
        super(message);
        this.cancelled = cancelled;
        this.retryable = retryable;
    }

    /** A failure the same attempt would meet again. */
    static RunFailure permanent(String message) {
        return new RunFailure(message, false, false);
    }

    boolean cancelled() {
        return cancelled;
    }

    boolean retryable() {
        return retryable;
    }
}
