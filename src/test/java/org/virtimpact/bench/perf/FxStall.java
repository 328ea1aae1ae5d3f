package org.virtimpact.bench.perf;

import static org.virtimpact.ui.FxThread.onFx;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.application.Application;
import javafx.scene.control.Button;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.ui.EmbeddedApp;

/**
 * "No stall over 50 ms during a run": the workbench, started headless (Monocle) or on a display,
 * runs a campaign through its own Run button while an {@link AnimationTimer} notes the time between
 * consecutive pulses. A pulse waits for whatever the FX thread is doing, so the longest gap is the
 * longest the window was frozen. Prints the max, 99th percentile and median gap.
 *
 * <pre>
 * mvn -q -Dbuild.dir=target-perf test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Dtestfx.robot=glass -Dtestfx.headless=true -Dprism.order=sw -Dglass.platform=Monocle \
 *      -Dmonocle.platform=Headless -cp target-perf/test-classes:target-perf/classes:$(cat /tmp/cp.txt) \
 *      org.virtimpact.bench.perf.FxStall [--light | campaign folder; default: a copy of samples/quickstart]
 * </pre>
 * Run is pressed as soon as a person could press it: once the button is enabled and the window has
 * drawn it, that is once the window keeps pace with the screen ({@value #PACED_PULSES} pulses in a
 * row, each within {@value #PACED_GAP_MS} ms of the last). The Run button is enabled before the
 * window has drawn the campaign, so pressing it at that instant ({@code -Dfxstall.press=enabled})
 * times the window's own first drawing too. With {@code -Dfxstall.settle=S} Run is pressed S seconds
 * later still: the JIT has then compiled what starting the window made hot, as when a person looks
 * the campaign over before running it.
 *
 * <p>The quickstart runs dd and membw on the same cores as the window, and membw saturates memory
 * on purpose, so its gaps mix the workbench's own cost with a starved machine. {@code --light} runs
 * a copy of it cut down until the benchmarks barely load the machine (dd of 1 and 2 MB, membw on
 * a 1 MB array, {@value #LIGHT_REPETITIONS} repetitions): the gaps left are the window's own, as
 * when real campaigns run their benchmarks on remote guests.
 *
 * <p>Besides the figures it prints each gap over 50 ms with the time it ended ({@code -Dfxstall.list=30}
 * lists those over 30 ms as well, to see how near a run came to a stall), and
 * {@link StallSampler}'s account of where the FX thread and the render thread were meanwhile;
 * {@code -Dfxstall.sample=false} leaves the sampler out, to time the window alone.
 */
public final class FxStall {

    private static final long RUN_LIMIT_SECONDS = 600;
    private static final int LIGHT_REPETITIONS = 20;
    private static final int PACED_PULSES = 5;
    private static final long PACED_GAP_MS = 25;
    private static final boolean SAMPLE = Boolean.parseBoolean(System.getProperty("fxstall.sample", "true"));
    private static final long LIMIT_NANOS = 50_000_000L;
    /** Gaps over this many ms are listed too: how near a run without a stall came to one. */
    private static final long LIST_NANOS = Math.min(LIMIT_NANOS, Long.getLong("fxstall.list", 50) * 1_000_000L);

    private FxStall() {
    }

    public static void main(String[] args) throws Exception {
        Path campaign = args.length == 0 ? copyOfQuickstart()
                : args[0].equals("--light") ? lightCampaign(copyOfQuickstart()) : Path.of(args[0]);
        // seconds between the window being ready and Run being pressed, as a person reading the matrix
        long settle = Long.getLong("fxstall.settle", 0);
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(() -> EmbeddedApp.on(campaign));
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !button(robot, "#runButton").isDisabled()));
        if (!"enabled".equals(System.getProperty("fxstall.press", "drawn"))) {
            awaitPace();
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(settle));
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        // when each long gap ended, in seconds after Run was pressed: tells a one-off from a recurring stall
        List<long[]> longGaps = Collections.synchronizedList(new ArrayList<>());
        long pressed = System.nanoTime();
        // the JVM's clock, to line the run up with -Xlog output (class loading, GC), which uses it
        long pressedUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        StallSampler sampler = new StallSampler();
        AnimationTimer timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add(now - last);
                    if (now - last > LIST_NANOS) {
                        // numbers only: formatting here would lengthen the next gap
                        longGaps.add(new long[] {now - last, now - pressed});
                    }
                }
                last = now;
                sampler.pulse();
            }
        };
        // the sampler takes stacks while a pulse is late, which itself costs the two cores a little
        if (SAMPLE) {
            sampler.start();
        }
        // Told by the buttons, not found by polling: a lookup walks the whole scene on the FX thread,
        // and polling every 10 ms put the harness's own work into the gaps it measures.
        CountDownLatch ended = new CountDownLatch(1);
        onFx(() -> {
            Button run = button(robot, "#runButton");
            Button cancel = button(robot, "#cancelButton");
            InvalidationListener check = o -> {
                if (cancel.isDisabled() && !run.isDisabled()) {
                    ended.countDown();
                }
            };
            run.disabledProperty().addListener(check);
            cancel.disabledProperty().addListener(check);
            timer.start();
            button(robot, "#runButton").fire();
            return null;
        });
        long started = System.nanoTime();
        if (!ended.await(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the run did not end within " + RUN_LIMIT_SECONDS + " s");
        }
        // the last results reach the charts just after the run ends: keep measuring through that
        Thread.sleep(2000);
        onFx(() -> {
            timer.stop();
            return null;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.stop();
        report(new ArrayList<>(gaps), seconds);
        System.out.printf(Locale.ROOT, "Run pressed at JVM uptime %.3f s%n", pressedUptime / 1e3);
        System.out.println("gaps over 50 ms: " + longGaps.stream().filter(g -> g[0] > LIMIT_NANOS)
                .map(g -> String.format(Locale.ROOT, "%.0f ms at %.1f s", g[0] / 1e6, g[1] / 1e9)).toList());
        if (LIST_NANOS < LIMIT_NANOS) {
            System.out.printf(Locale.ROOT, "gaps over %d ms: %s%n", LIST_NANOS / 1_000_000, longGaps.stream()
                    .map(g -> String.format(Locale.ROOT, "%.0f ms at %.2f s", g[0] / 1e6, g[1] / 1e9)).toList());
        }
        sampler.print(System.out);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.exit(0);
    }

    /** Waits until the window keeps pace with the screen, which it does only once it has drawn itself. */
    private static void awaitPace() throws InterruptedException {
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
        onFx(() -> {
            watch.start();
            return null;
        });
        if (!paced.await(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window never kept pace with the screen");
        }
    }

    private static void report(List<Long> gaps, double seconds) {
        Collections.sort(gaps);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "run: %.1f s, %d pulses; gap between pulses: max %.1f ms, p99 %.1f ms,"
                        + " median %.1f ms; over 50 ms: %d; load average %.2f on %d CPUs%n", seconds, gaps.size(),
                ms(gaps, 1.0), ms(gaps, 0.99), ms(gaps, 0.5), gaps.stream().filter(g -> g > LIMIT_NANOS).count(),
                load, Runtime.getRuntime().availableProcessors());
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    /** The quickstart's matrix and settings with sizes small enough to leave the cores to the window. */
    private static Path lightCampaign(Path copy) throws IOException {
        Path file = copy.resolve("campaign.json");
        String json = Files.readString(file)
                .replace("[ \"8M\", \"32M\" ]", "[ \"1M\", \"2M\" ]")
                .replace("[ \"64M\" ]", "[ \"1M\" ]")
                .replace("\"ntimes\" : \"10\"", "\"ntimes\" : \"2\"")
                .replace("\"repetitions\" : 5", "\"repetitions\" : " + LIGHT_REPETITIONS);
        if (!json.contains("\"1M\", \"2M\"") || !json.contains("\"repetitions\" : " + LIGHT_REPETITIONS)) {
            throw new IllegalStateException("samples/quickstart/campaign.json changed: update FxStall's light case");
        }
        Files.writeString(file, json);
        return copy;
    }

    private static Path copyOfQuickstart() throws IOException {
        Path source = Path.of("samples", "quickstart");
        Path copy = Files.createTempDirectory("fxstall-");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
