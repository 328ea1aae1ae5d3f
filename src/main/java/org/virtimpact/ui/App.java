package org.virtimpact.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.export.CampaignExports;
import org.virtimpact.ssh.SshShellFactory;
import org.virtimpact.ui.campaign.CampaignView;
import org.virtimpact.ui.campaign.CampaignViewModel;
import org.virtimpact.ui.results.ExportViewModel;
import org.virtimpact.ui.results.Numbers;
import org.virtimpact.ui.results.ResultsView;
import org.virtimpact.ui.results.ResultsViewModel;
import org.virtimpact.ui.run.RunView;
import org.virtimpact.ui.run.RunViewModel;

/**
 * The workbench. Everything is wired here, once: the one executor all background work runs on,
 * the shell factory (the only place the UI meets the SSH adapter), and the view models.
 */
public final class App extends Application {

    /** Room for a run, a summary and a load at the same time; more would only queue disk reads. */
    private static final int WORKERS = 3;
    private static final double MAX_WIDTH = 1600;
    private static final double MAX_HEIGHT = 1000;

    private final Optional<Path> campaignOverride;
    private ExecutorService executor;
    private RunViewModel run;

    public App() {
        this(Optional.empty());
    }

    /** Opens {@code campaign} at start instead of looking for one; for tests and embedding. */
    App(Optional<Path> campaignOverride) {
        this.campaignOverride = campaignOverride;
    }

    @Override
    public void start(Stage stage) {
        executor = Executors.newFixedThreadPool(WORKERS, workerThreads());
        Background background = new FxBackground(executor);
        Dialogs dialogs = new FxDialogs(stage);
        BenchmarkCatalog catalog = BenchmarkCatalog.standard();
        CsvResults csv = new CsvResults();
        CampaignRunner runner = new CampaignRunner(new SshShellFactory(), catalog, Clock.systemUTC());

        ResultsViewModel results = new ResultsViewModel(catalog, background);
        run = new RunViewModel(new RunPlanner(catalog), runner, csv, background, executor, dialogs, results::offer);
        CampaignViewModel campaign = new CampaignViewModel();
        WorkbenchViewModel workbench = new WorkbenchViewModel(new CampaignStore(), csv, background, dialogs,
                campaign, run, results);
        ExportViewModel export = new ExportViewModel(new CampaignExports(catalog, Clock.systemDefaultZone()), results,
                () -> Optional.ofNullable(workbench.campaignProperty().get()).map(OpenCampaign::dir), background,
                dialogs, run::showStatus);
        WorkbenchView view = new WorkbenchView(workbench, stage, new CampaignView(campaign), new RunView(run),
                new ResultsView(results, ChartTheme.screen(), new Numbers(Locale.getDefault()), Optional.of(export)));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(view.root(), Math.min(MAX_WIDTH, screen.getWidth()),
                Math.min(MAX_HEIGHT, screen.getHeight())));
        stage.titleProperty().bind(workbench.titleProperty());
        stage.show();

        Path workingDir = Path.of("").toAbsolutePath();
        background.submit(() -> new Startup(campaignOverride.or(() -> new CampaignLocator(workingDir)
                        .initial(Optional.ofNullable(System.getProperty(CampaignLocator.PROPERTY)))),
                        new AppIcons(workingDir).load()),
                startup -> {
                    stage.getIcons().setAll(startup.icons());
                    startup.campaign().ifPresentOrElse(workbench::open, workbench::noCampaign);
                },
                e -> dialogs.error("Could not look for a campaign to open", e.getMessage()
                        + "\n\nPress Open… and choose a campaign folder."));
    }

    private record Startup(Optional<Path> campaign, List<Image> icons) {
    }

    @Override
    public void stop() {
        if (run != null) {
            run.cancel();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Daemon threads, so a benchmark that ignores its cancel can't keep the closed app alive. */
    private static ThreadFactory workerThreads() {
        ThreadFactory defaults = Executors.defaultThreadFactory();
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = defaults.newThread(task);
            thread.setName("virtimpact-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
