package org.virtimpact.bench.perf;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Where the FX thread is while a pulse is late: every 5 ms, if the last pulse is over 30 ms old,
 * the FX thread's stack is taken and counted. The stacks seen most often are the stall's cause,
 * which a max and a percentile alone don't say.
 */
final class StallSampler {

    private static final long LATE_NANOS = 30_000_000L;
    private static final int FRAMES = 14;

    private final Map<String, Integer> stacks = new HashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = Executors.defaultThreadFactory().newThread(r);
        thread.setDaemon(true);
        return thread;
    });
    private volatile long lastPulse = System.nanoTime();
    private Thread fx;

    void pulse() {
        lastPulse = System.nanoTime();
        if (fx == null) {
            fx = Thread.currentThread();
        }
    }

    void start() {
        ticker.scheduleAtFixedRate(this::sample, 5, 5, TimeUnit.MILLISECONDS);
    }

    void stop() {
        ticker.shutdownNow();
    }

    private void sample() {
        Thread thread = fx;
        if (thread == null || System.nanoTime() - lastPulse < LATE_NANOS) {
            return;
        }
        String stack = Arrays.stream(thread.getStackTrace()).limit(FRAMES).map(StackTraceElement::toString)
                .collect(Collectors.joining("\n    "));
        synchronized (stacks) {
            stacks.merge(stack, 1, Integer::sum);
        }
    }

    void print(PrintStream out) {
        synchronized (stacks) {
            stacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                    .forEach(e -> out.println(e.getValue() * 5 + " ms late in:\n    " + e.getKey()));
        }
    }
}
