package org.virtimpact.bench.perf;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Where the FX thread is while a pulse is late: every 5 ms, if the last pulse is over 30 ms old,
 * the FX thread's stack is taken and counted. The stacks seen most often are the stall's cause,
 * which a max and a percentile alone don't say. The render thread's stack is taken at the same
 * moment, because an FX thread waiting in {@code waitForRenderingToComplete} only says that the
 * renderer is busy, not with what (a canvas full of chart commands, say).
 */
final class StallSampler {

    private static final long LATE_NANOS = 30_000_000L;
    private static final long LONG_GAP_NANOS = 50_000_000L;
    private static final int SAMPLE_MS = 5;
    private static final int FRAMES = Integer.getInteger("fxstall.frames", 14);
    private static final int RENDER_FRAMES = 24;

    private final Map<String, Integer> stacks = new HashMap<>();
    private final Map<String, Integer> renderStacks = new HashMap<>();
    private final Map<String, Integer> causes = new HashMap<>();
    private final Map<String, Integer> renderCauses = new HashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = Executors.defaultThreadFactory().newThread(r);
        thread.setDaemon(true);
        return thread;
    });
    /** The causes seen since the last pulse; summed up as one line when that gap ends over 50 ms. */
    private final Map<String, Integer> gapCauses = new HashMap<>();
    /** Each long gap and its causes, worded only when printed: formatting on the FX thread would lengthen the next gap. */
    private final List<Map.Entry<Long, Map<String, Integer>>> gaps = new ArrayList<>();
    private volatile long lastPulse = System.nanoTime();
    private Thread fx;
    private Optional<Thread> renderer = Optional.empty();

    void pulse() {
        long now = System.nanoTime();
        synchronized (stacks) {
            if (!gapCauses.isEmpty() && now - lastPulse > LONG_GAP_NANOS) {
                gaps.add(Map.entry(now - lastPulse, new HashMap<>(gapCauses)));
            }
            gapCauses.clear();
        }
        lastPulse = now;
        if (fx == null) {
            fx = Thread.currentThread();
        }
    }

    void start() {
        renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst();
        ticker.scheduleAtFixedRate(this::sample, SAMPLE_MS, SAMPLE_MS, TimeUnit.MILLISECONDS);
    }

    void stop() {
        ticker.shutdownNow();
    }

    private void sample() {
        Thread thread = fx;
        if (thread == null || System.nanoTime() - lastPulse < LATE_NANOS) {
            return;
        }
        StackTraceElement[] frames = thread.getStackTrace();
        String stack = Arrays.stream(frames).limit(FRAMES).map(StackTraceElement::toString)
                .collect(Collectors.joining("\n    "));
        Optional<StackTraceElement[]> render = renderer.map(Thread::getStackTrace);
        synchronized (stacks) {
            stacks.merge(stack, 1, Integer::sum);
            causes.merge(cause(frames), 1, Integer::sum);
            gapCauses.merge(cause(frames) + render.map(r -> ", renderer: " + renderCause(r)).orElse(""), 1,
                    Integer::sum);
            render.ifPresent(r -> {
                renderStacks.merge(Arrays.stream(r).limit(RENDER_FRAMES).map(StackTraceElement::toString)
                        .collect(Collectors.joining("\n    ")), 1, Integer::sum);
                renderCauses.merge(renderCause(r), 1, Integer::sum);
            });
        }
    }

    /**
     * One line per sample: our own code if any of its frames is on the stack (the innermost one:
     * the call that handed the work to the toolkit or a library), else what the toolkit was doing.
     */
    private static String cause(StackTraceElement[] frames) {
        String all = Arrays.stream(frames).map(StackTraceElement::toString).collect(Collectors.joining(" "));
        if (all.contains("waitForRenderingToComplete")) {
            return "waiting for the renderer";
        }
        if (frames.length > 0 && frames[0].getMethodName().equals("wait") && all.contains("getNextRunnable")) {
            return "idle (pulse not yet due or thread not scheduled)";
        }
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("org.virtimpact.")) {
                return "ours: " + frame.getClassName().replace("org.virtimpact.", "") + "." + frame.getMethodName()
                        + " (" + phase(all) + ")";
            }
        }
        return "toolkit: " + phase(all) + innermostLayout(frames);
    }

    /** Which node's layout the time went to, as a layout pass alone doesn't say. */
    private static String innermostLayout(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            if (frame.getMethodName().equals("layoutChildren")) {
                return " in " + frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1)
                        + ".layoutChildren";
            }
        }
        return "";
    }

    /** What the renderer was painting: a canvas (the chart), text, region backgrounds, or nothing. */
    private static String renderCause(StackTraceElement[] frames) {
        String all = Arrays.stream(frames).map(StackTraceElement::toString).collect(Collectors.joining(" "));
        return all.contains("LinkedBlockingQueue.take") ? "idle"
                : all.contains("NGCanvas") ? "canvas (the chart)"
                : all.contains("NGText") ? "text"
                : all.contains("NGRegion.render") ? "region backgrounds and borders"
                : all.contains("uploadPixels") ? "copying the frame to the screen"
                : "other";
    }

    private static String phase(String stack) {
        return stack.contains("doCSSPass") ? "CSS pass" : stack.contains("doLayoutPass") ? "layout pass"
                : stack.contains("syncPeer") || stack.contains("updateBounds") ? "sync/bounds"
                : stack.contains("ScenePulseListener.pulse") ? "other pulse work" : "event or runLater";
    }

    void print(PrintStream out) {
        synchronized (stacks) {
            out.println("== FX thread while a pulse was late, by cause ==");
            causes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> out.printf("%6d ms  %s%n", e.getValue() * SAMPLE_MS, e.getKey()));
            out.println("== each gap over 50 ms: what the FX thread (and the renderer) did meanwhile ==");
            gaps.forEach(gap -> out.println(String.format(Locale.ROOT, "%.0f ms: ", gap.getKey() / 1e6)
                    + gap.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> e.getValue() * SAMPLE_MS + " " + e.getKey()).collect(Collectors.joining("; "))));
            out.println("== FX thread while a pulse was late ==");
            top(stacks, out);
            out.println("== render thread at the same moments, by cause ==");
            renderCauses.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> out.printf("%6d ms  %s%n", e.getValue() * SAMPLE_MS, e.getKey()));
            out.println("== render thread at the same moments ==");
            top(renderStacks, out);
        }
    }

    private static void top(Map<String, Integer> counted, PrintStream out) {
        counted.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .forEach(e -> out.println(e.getValue() * SAMPLE_MS + " ms late in:\n    " + e.getKey()));
    }
}
