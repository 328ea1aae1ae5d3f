package org.virtimpact.core.run;

import org.virtimpact.core.remote.CancellationToken;

/**
 * Pause and resume for a run: a pause lets the running repetition finish and then holds every
 * worker before its next run until {@link #resume()}; a cancel ends the wait too. Set from the UI
 * thread, read by the workers.
 */
public final class PauseControl {

    private static final long POLL_MILLIS = 100;

    private boolean paused;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /**
     * Returns at once when not paused; otherwise waits until resumed or cancelled.
     *
     * @return whether it waited, so the caller can say that it went on
     */
    synchronized boolean awaitResumed(CancellationToken cancel) {
        boolean waited = false;
        while (paused && !cancel.isCancelled()) {
            waited = true;
            try {
                // woken by resume(); the timeout is for a cancel, which has no way to notify
                wait(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.cancel();
            }
        }
        return waited;
    }

    /** A control nobody pauses, for runs without a pause button. */
    public static PauseControl none() {
        return new PauseControl();
    }
}
