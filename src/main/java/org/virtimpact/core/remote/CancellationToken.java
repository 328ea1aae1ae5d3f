package org.virtimpact.core.remote;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Set once by whoever wants a run to stop (a UI button, a signal handler); polled by the runner
 * between repetitions and by shells while a remote command runs, which then stop the command.
 */
public final class CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void throwIfCancelled() throws ShellException {
        if (isCancelled()) {
            throw new ShellException(ShellException.Reason.CANCELLED, "The run was cancelled.");
        }
    }

    /** A token nobody can cancel, for one-off commands. */
    public static CancellationToken none() {
        return new CancellationToken();
    }
}
