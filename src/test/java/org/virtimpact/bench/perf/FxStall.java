package org.virtimpact.bench.perf;

import static org.virtimpact.ui.FxThread.onFx;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.application.Application;
import javafx.scene.control.Button;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.ui.EmbeddedApp;

/**
 * "No stall over 50 ms during a run": the workbench, started headless (Monocle) or on a display,
 * runs a campaign through its own Run button while {@link PulseGaps} notes the time between
 * consecutive pulses. {@link PulseFloor} times a bare window the same way, under the same load.
 *
 * <pre>
 * mvn -q -Dbuild.dir=target-perf test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -XX:TieredStopAtLevel=1 -Dtestfx.robot=glass -Dtestfx.headless=true -Dprism.order=sw \
 *      -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *      -cp target-perf/test-classes:target-perf/classes:$(cat /tmp/cp.txt) \
 *      org.virtimpact.bench.perf.FxStall [--light | campaign folder; default: a copy of samples/quickstart]
 * </pre>
 * {@code -XX:TieredStopAtLevel=1} is how the README's command starts the workbench; leave it out to
 * time a plain {@code java -jar}.
 *
 * <p>Run is pressed as soon as a person could press it: once the button is enabled and the window
 * has drawn it, that is once the window keeps pace with the screen ({@link PulseGaps#awaitPace}).
 * The Run button is enabled before the window has drawn the campaign, so pressing it at that
 * instant ({@code -Dfxstall.press=enabled}) times the window's own first drawing too. With
 * {@code -Dfxstall.settle=S} Run is pressed S seconds later still: the JIT has then compiled what
 * starting the window made hot, as when a person looks the campaign over before running it.
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
    private static final boolean SAMPLE = Boolean.parseBoolean(System.getProperty("fxstall.sample", "true"));

    private FxStall() {
    }

    public static void main(String[] args) throws Exception {
        Path campaign = campaign(args);
        // seconds between the window being ready and Run being pressed, as a person reading the matrix
        long settle = Long.getLong("fxstall.settle", 0);
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(() -> EmbeddedApp.on(campaign));
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !button(robot, "#runButton").isDisabled()));
        if (!"enabled".equals(System.getProperty("fxstall.press", "drawn"))) {
            PulseGaps.awaitPace(RUN_LIMIT_SECONDS);
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(settle));
        // the JVM's clock, to line the run up with -Xlog output (class loading, GC), which uses it
        long pressedUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        StallSampler sampler = new StallSampler();
        PulseGaps timer = new PulseGaps(sampler::pulse);
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
        timer.print(System.out, "run", seconds);
        System.out.printf(Locale.ROOT, "Run pressed at JVM uptime %.3f s%n", pressedUptime / 1e3);
        sampler.print(System.out);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.exit(0);
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

    /** The campaign the arguments name: {@code --light}, a folder, or by default a copy of the quickstart. */
    static Path campaign(String[] args) throws IOException {
        return args.length == 0 ? copyOfQuickstart()
                : args[0].equals("--light") ? lightCampaign(copyOfQuickstart()) : Path.of(args[0]);
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
