package org.virtimpact.core.run;

/** One repetition that produced no samples; its message is what the researcher reads. */
final class RunFailure extends Exception {

    private final boolean cancelled;

    RunFailure(String message, boolean cancelled) {
        super(message);
        this.cancelled = cancelled;
    }

    boolean cancelled() {
        return cancelled;
    }
}
