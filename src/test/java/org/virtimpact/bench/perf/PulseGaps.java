package org.virtimpact.bench.perf;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The time between consecutive pulses, noted by an {@link AnimationTimer}: a pulse waits for
 * whatever the FX thread is doing, so the longest gap is the longest the window was frozen.
 * Shared by the harnesses so that the workbench and the bare window are timed the same way.
 */
final class PulseGaps {

    static final long LIMIT_NANOS = 50_000_000L;
    private static final int PACED_PULSES = 5;
    private static final long PACED_GAP_MS = 25;
    /** Gaps over this many ms are listed too: how near a run without a stall came to one. */
    private static final long LIST_NANOS = Math.min(LIMIT_NANOS, Long.getLong("fxstall.list", 50) * 1_000_000L);

    private final List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
    // when each long gap ended, in seconds after the start: tells a one-off from a recurring stall
    private final List<long[]> longGaps = Collections.synchronizedList(new ArrayList<>());
    private final Runnable eachPulse;
    private final AnimationTimer timer;
    private long started;

    /** @param eachPulse runs at every pulse, on the FX thread, after the gap is noted */
    PulseGaps(Runnable eachPulse) {
        this.eachPulse = eachPulse;
        timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add(now - last);
                    if (now - last > LIST_NANOS) {
                        // numbers only: formatting here would lengthen the next gap
                        longGaps.add(new long[] {now - last, now - started});
                    }
                }
                last = now;
                PulseGaps.this.eachPulse.run();
            }
        };
    }

    /** Call on the FX thread. */
    void start() {
        started = System.nanoTime();
        timer.start();
    }

    /** Call on the FX thread. */
    void stop() {
        timer.stop();
    }

    /** Prints the max, 99th percentile and median gap, and each long gap with when it ended. */
    void print(PrintStream out, String what, double seconds) {
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(Locale.ROOT, "%s: %.1f s, %d pulses; gap between pulses: max %.1f ms, p99 %.1f ms,"
                        + " median %.1f ms; over 50 ms: %d; load average %.2f on %d CPUs%n", what, seconds,
                sorted.size(), ms(sorted, 1.0), ms(sorted, 0.99), ms(sorted, 0.5),
                sorted.stream().filter(g -> g > LIMIT_NANOS).count(), load, Runtime.getRuntime().availableProcessors());
        List<long[]> listed = new ArrayList<>(longGaps);
        out.println("gaps over 50 ms: " + listed.stream().filter(g -> g[0] > LIMIT_NANOS)
                .map(g -> String.format(Locale.ROOT, "%.0f ms at %.1f s", g[0] / 1e6, g[1] / 1e9)).toList());
        if (LIST_NANOS < LIMIT_NANOS) {
            out.printf(Locale.ROOT, "gaps over %d ms: %s%n", LIST_NANOS / 1_000_000, listed.stream()
                    .map(g -> String.format(Locale.ROOT, "%.0f ms at %.2f s", g[0] / 1e6, g[1] / 1e9)).toList());
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /**
     * Waits until the window keeps pace with the screen ({@value #PACED_PULSES} pulses in a row,
     * each within {@value #PACED_GAP_MS} ms of the last), which it does only once it has drawn itself.
     */
    static void awaitPace(long limitSeconds) throws InterruptedException {
        CountDownLatch paced = new CountDownLatch(1);
        AnimationTimer watch = new AnimationTimer() {
            private long last;
            private int inPace;

            @Override
            public void handle(long now) {
                inPace = last != 0 && now - last <= TimeUnit.MILLISECONDS.toNanos(PACED_GAP_MS) ? inPace + 1 : 0;
                last = now;
                if (inPace >= PACED_PULSES) {
                    stop();
                    paced.countDown();
                }
            }
        };
        Platform.runLater(watch::start);
        if (!paced.await(limitSeconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window never kept pace with the screen");
        }
    }
}
