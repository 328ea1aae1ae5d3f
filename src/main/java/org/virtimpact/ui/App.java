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
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.report.Conclusions;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.export.CampaignExports;
import org.virtimpact.core.campaign.CampaignTemplates;
import org.virtimpact.core.preflight.Preflight;
import org.virtimpact.core.preflight.PreflightLimits;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.results.LongCsvImporter;
import org.virtimpact.core.results.PublishedCsv;
import org.virtimpact.core.run.ShellFactory;
import org.virtimpact.ssh.SshHostKeyTrust;
import org.virtimpact.ssh.SshOptions;
import org.virtimpact.ssh.SshShellFactory;
import org.virtimpact.ui.campaign.CampaignDraft;
import org.virtimpact.ui.campaign.CampaignView;
import org.virtimpact.ui.campaign.CampaignViewModel;
import org.virtimpact.ui.campaign.MatrixEditorView;
import org.virtimpact.ui.campaign.MatrixEditorViewModel;
import org.virtimpact.ui.notes.CampaignEditor;
import org.virtimpact.ui.notes.ImpactView;
import org.virtimpact.ui.notes.ImpactViewModel;
import org.virtimpact.ui.notes.NotesViewModel;
import org.virtimpact.ui.results.ExportViewModel;
import org.virtimpact.ui.results.Numbers;
import org.virtimpact.ui.results.OverlayViewModel;
import org.virtimpact.ui.results.ResultsView;
import org.virtimpact.ui.results.ResultsViewModel;
import org.virtimpact.ui.run.FxBlockedRun;
import org.virtimpact.ui.run.RunGate;
import org.virtimpact.ui.run.RunView;
import org.virtimpact.ui.run.RunViewModel;
import org.virtimpact.ui.start.CsvImportViewModel;
import org.virtimpact.ui.start.RecentCampaigns;
import org.virtimpact.ui.start.StartViewModel;
import org.virtimpact.ui.targets.ConnectionTestViewModel;
import org.virtimpact.ui.targets.EnvironmentsView;
import org.virtimpact.ui.targets.EnvironmentsViewModel;
import org.virtimpact.ui.targets.FxHostKeyQuestions;
import org.virtimpact.ui.targets.FxPassphrases;
import org.virtimpact.ui.targets.TrustingShells;

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
    private final Optional<Path> recentFile;
    private final Optional<SettingsFile> settingsFile;
    /** Read in {@link #init()}, off the FX thread, before anything is built in its language. */
    private Settings settings = Settings.DEFAULTS;
    private Language language = Language.ENGLISH;
    private ExecutorService executor;
    /** One worker per host group of a campaign that runs its groups in parallel. */
    private ExecutorService groupWorkers;
    private RunViewModel run;

    public App() {
        this(Optional.empty(), Optional.of(RecentCampaigns.defaultFile()));
    }

    /**
     * Opens {@code campaign} at start instead of looking for one; for tests and embedding, which
     * remember recent campaigns only until they close.
     */
    App(Optional<Path> campaignOverride) {
        this(campaignOverride, Optional.empty());
    }

    /** @param recentFile where recent campaigns are remembered; empty for nowhere */
    App(Optional<Path> campaignOverride, Optional<Path> recentFile) {
        this.campaignOverride = campaignOverride;
        this.recentFile = recentFile;
        // tests and embedding (no recent file) leave the person's settings alone too
        this.settingsFile = recentFile.map(f -> new SettingsFile(SettingsFile.defaultFile()));
    }

    @Override
    public void init() {
        Locale system = Locale.getDefault();
        settings = settingsFile.map(SettingsFile::read).orElse(Settings.DEFAULTS);
        language = settings.languageFor(system);
        if (settings.language().isPresent()) {
            // JavaFX's own words (OK, Cancel, the colour picker) follow the default locale
            Locale.setDefault(language.displayLocale());
        }
    }

    @Override
    public void start(Stage stage) {
        executor = Executors.newFixedThreadPool(WORKERS, workerThreads());
        Background background = new FxBackground(executor);
        Dialogs dialogs = new FxDialogs(stage);
        BenchmarkCatalog catalog = BenchmarkCatalog.standard();
        CsvResults csv = new CsvResults();
        Texts texts = Texts.forLocale(language.bundleLocale());
        // Passphrases are asked in a dialog at each connection and never kept; unknown host keys
        // are shown to the person before anything is trusted.
        SshOptions ssh = SshOptions.defaults().withPassphrases(new FxPassphrases(stage, texts));
        ShellFactory shells = new SshShellFactory(ssh);
        HostKeyTrust trust = new SshHostKeyTrust(ssh);
        ShellFactory asking = new TrustingShells(shells, trust, new FxHostKeyQuestions(stage, texts));
        Preflight preflight = new Preflight(catalog, Clock.systemUTC(), Optional.of(trust), PreflightLimits.defaults());
        groupWorkers = Executors.newCachedThreadPool(workerThreads());
        // recent campaigns with the same environments and cells tell the time left from the start
        RecentCampaigns recent = new RecentCampaigns(recentFile);
        CampaignRunner runner = new CampaignRunner(shells, catalog, Clock.systemUTC(), Optional.of(groupWorkers),
                () -> recent.load().stream().filter(RecentCampaigns.Recent::present).map(RecentCampaigns.Recent::dir)
                        .toList());

        CampaignStore store = new CampaignStore();
        CampaignEditor editor = new CampaignEditor(store, background, dialogs, texts);
        ResultsViewModel results = new ResultsViewModel(catalog, background, new OverlayViewModel(store,
                new ResultsFolder(), catalog, background, dialogs, texts), texts, (dir, analysis) ->
                editor.change(dir, texts.get("results.analysis.what"), c -> c.withAnalysis(analysis)));
        CampaignDraft draft = new CampaignDraft(editor::change, texts);
        run = new RunViewModel(new RunPlanner(catalog), runner, csv, background, executor, dialogs, results::offer,
                new RunGate((dir, c, envs, cancel) -> preflight.check(dir, c, envs, asking, cancel),
                        new FxBlockedRun(stage, texts), () -> draft.dirtyProperty().get()), texts);
        CampaignViewModel campaign = new CampaignViewModel(draft, dialogs, texts);
        MatrixEditorViewModel matrix = new MatrixEditorViewModel(draft, catalog, background, texts);
        EnvironmentsViewModel environments = new EnvironmentsViewModel(draft,
                new ConnectionTestViewModel(preflight, asking, background, dialogs, texts), background, texts);
        WorkbenchViewModel workbench = new WorkbenchViewModel(store, csv, background, dialogs,
                campaign, run, results, texts);
        StartViewModel start = new StartViewModel(new CampaignTemplates(store), new RecentCampaigns(recentFile),
                workbench.campaignProperty(), workbench.loadingProperty(), background, dialogs, texts, workbench::open,
                System.getProperty("user.home"));
        CsvImportViewModel csvImport = new CsvImportViewModel(new LongCsvImporter(new ResultsFolder(csv,
                new PublishedCsv()), Clock.systemUTC()), workbench.campaignProperty(), run.runningProperty(),
                background, dialogs, texts, workbench::open, run::showStatus);
        run.runningProperty().addListener((obs, was, running) -> {
            // not while closing: the executor that would read them is being shut down
            if (!running && !executor.isShutdown()) {
                matrix.reloadDurations();
                environments.reloadFacts();
            }
        });
        editor.savedProperty().addListener((obs, old, saved) -> {
            results.campaignSaved(saved);
            workbench.campaignSaved(saved);
        });
        // a run saves campaign.json too: the seed of its order, more repetitions
        run.savedProperty().addListener((obs, old, saved) -> {
            results.campaignSaved(saved);
            workbench.campaignSaved(saved);
        });
        NotesViewModel notes = new NotesViewModel(editor, results.campaignProperty(), texts);
        ImpactViewModel impact = new ImpactViewModel(editor, new Conclusions(), results.campaignProperty(),
                results.reportProperty(), texts);
        ExportViewModel export = new ExportViewModel(new CampaignExports(catalog, Clock.systemDefaultZone()), results,
                () -> Optional.ofNullable(workbench.campaignProperty().get()).map(OpenCampaign::dir), background,
                dialogs, run::showStatus, texts);
        CampaignView campaignView = new CampaignView(campaign, matrix, new MatrixEditorView(matrix, texts).root(),
                new EnvironmentsView(environments, texts).root(), texts);
        WorkbenchView view = new WorkbenchView(workbench, stage, new WorkbenchView.Panes(campaignView,
                new RunView(run, texts), new ResultsView(results, notes, new ImpactView(impact, texts).root(),
                settings.theme().chartTheme(), new Numbers(Locale.getDefault()), texts, Optional.of(export))),
                new WorkbenchView.Models(campaign, matrix, run, start, csvImport, new SettingsViewModel(settings,
                        language, settingsFile, background, dialogs, texts, run::showStatus)), texts);
        start.load();

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(MAX_WIDTH, screen.getWidth()),
                Math.min(MAX_HEIGHT, screen.getHeight()));
        // on the root, after workbench.css, so its colours win over the light ones (scene sheets rank below)
        settings.theme().stylesheetUrl().ifPresent(view.root().getStylesheets()::add);
        stage.setScene(scene);
        stage.titleProperty().bind(workbench.titleProperty());
        stage.show();

        Path workingDir = Path.of("").toAbsolutePath();
        background.submit(() -> new Startup(campaignOverride.or(() -> new CampaignLocator(workingDir)
                        .initial(Optional.ofNullable(System.getProperty(CampaignLocator.PROPERTY)))),
                        new AppIcons(workingDir).load()),
                startup -> {
                    stage.getIcons().setAll(startup.icons());
                    startup.campaign().ifPresentOrElse(workbench::open, workbench::noCampaign);
                    start.ready();
                },
                e -> {
                    start.ready();
                    dialogs.error(texts.get("app.lookFailed"), texts.get("app.lookFailed.details", e.getMessage()));
                });
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
        if (groupWorkers != null) {
            groupWorkers.shutdownNow();
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
