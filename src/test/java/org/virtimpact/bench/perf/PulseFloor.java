package org.virtimpact.bench.perf;

import static org.virtimpact.ui.FxThread.onFx;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.testfx.api.FxToolkit;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunPlanner;

/**
 * The floor under {@link FxStall}: the same campaign run by the same runner in the same JVM, with
 * the same flags, while the window is bare (one label that counts the samples) and timed by the
 * same {@link PulseGaps}. What it measures is what the machine, the JVM and JavaFX leave a window
 * that does almost nothing while the benchmarks run beside it; a gap the workbench shows above
 * this floor is the workbench's own.
 *
 * <pre>
 * java (the flags of FxStall) org.virtimpact.bench.perf.PulseFloor [--light | campaign folder]
 * </pre>
 */
public final class PulseFloor {

    private static final long RUN_LIMIT_SECONDS = 600;

    private PulseFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = FxStall.campaign(args);
        Campaign campaign = new CampaignStore().load(dir);
        BenchmarkCatalog catalog = BenchmarkCatalog.standard();

        FxToolkit.registerPrimaryStage();
        Label count = onFx(() -> new Label("0 samples"));
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(count), 1280, 800));
            stage.show();
        });
        PulseGaps.awaitPace(RUN_LIMIT_SECONDS);

        PulseGaps timer = new PulseGaps(() -> { });
        AtomicInteger samples = new AtomicInteger();
        RunListener listener = new RunListener() {
            @Override
            public void sampleRecorded(Sample sample) {
                int n = samples.incrementAndGet();
                Platform.runLater(() -> count.setText(n + " samples"));
            }
        };
        onFx(() -> {
            timer.start();
            return null;
        });
        long started = System.nanoTime();
        new CampaignRunner(env -> new LocalShell(), catalog, Clock.systemUTC()).run(
                new RunPlanner(catalog).plan(dir, campaign, ResultSet.empty()), listener, CancellationToken.none());
        // as FxStall keeps timing for 2 s after the run
        Thread.sleep(2000);
        onFx(() -> {
            timer.stop();
            return null;
        });
        timer.print(System.out, "floor", (System.nanoTime() - started) / 1e9);
        System.out.println("samples: " + samples.get());
        FxToolkit.cleanupStages();
        System.exit(0);
    }
}
