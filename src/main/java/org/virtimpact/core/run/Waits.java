package org.virtimpact.core.run;

import java.time.Duration;
import org.virtimpact.core.remote.CancellationToken;

/** Idle time between runs and before retries that a cancel cuts short. */
final class Waits {

    private static final long SLICE_MILLIS = 100;

    private Waits() {
    }

    /** Waits {@code time}; false when cancelled first (an interrupt counts as a cancel). */
    static boolean pause(Duration time, CancellationToken cancel) {
        long end = System.nanoTime() + time.toNanos();
        while (!cancel.isCancelled()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(SLICE_MILLIS, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.cancel();
            }
        }
        return false;
    }
}
