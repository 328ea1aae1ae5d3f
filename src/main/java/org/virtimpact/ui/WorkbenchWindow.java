package org.virtimpact.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.CampaignTemplates;
import org.virtimpact.core.preflight.Preflight;
import org.virtimpact.core.preflight.PreflightLimits;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.report.Conclusions;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.LongCsvImporter;
import org.virtimpact.core.results.PublishedCsv;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.ShellFactory;
import org.virtimpact.export.CampaignExports;
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
 * The window's contents in one language and theme: every view and view model, wired once. A
 * new language or theme builds a new one in place of the old (see {@link App}), because every
 * view model speaks through the {@link Texts} it was built with and every FXML was loaded with
 * its bundle; the open campaign and its unsaved edits are carried across.
 */
final class WorkbenchWindow {

    /** What outlives a window: the stage, the threads, and where the person's lists are kept. */
    record Context(Stage stage, ExecutorService executor, ExecutorService groupWorkers, Optional<Path> recentFile,
                   Optional<SettingsFile> settingsFile) {
    }

    /**
     * What a new window takes over from the old: the open campaign, the edits not saved yet, and
     * the last run's live log, in the words it was written in.
     */
    record Carried(Optional<Path> campaign, Optional<Campaign> unsaved, List<String> runLog) {

        static final Carried NOTHING = new Carried(Optional.empty(), Optional.empty(), List.of());

        Carried {
            runLog = List.copyOf(runLog);
        }
    }

    private final Texts texts;
    private final Dialogs dialogs;
    private final WorkbenchViewModel workbench;
    private final RunViewModel run;
    private final StartViewModel start;
    private final CampaignDraft draft;
    private final WorkbenchView view;
    private final BooleanBinding busy;

    WorkbenchWindow(Context context, Settings settings, Language language, Consumer<Settings> chosen) {
        Stage stage = context.stage();
        ExecutorService executor = context.executor();
        Background background = new FxBackground(executor);
        dialogs = new FxDialogs(stage);
        BenchmarkCatalog catalog = BenchmarkCatalog.standard();
        CsvResults csv = new CsvResults();
        texts = Texts.forLocale(language.bundleLocale());
        // Passphrases are asked in a dialog at each connection and never kept; unknown host keys
        // are shown to the person before anything is trusted.
        SshOptions ssh = SshOptions.defaults().withPassphrases(new FxPassphrases(stage, texts));
        ShellFactory shells = new SshShellFactory(ssh);
        HostKeyTrust trust = new SshHostKeyTrust(ssh);
        ShellFactory asking = new TrustingShells(shells, trust, new FxHostKeyQuestions(stage, texts));
        Preflight preflight = new Preflight(catalog, Clock.systemUTC(), Optional.of(trust), PreflightLimits.defaults());
        // recent campaigns with the same environments and cells tell the time left from the start
        RecentCampaigns recent = new RecentCampaigns(context.recentFile());
        CampaignRunner runner = new CampaignRunner(shells, catalog, Clock.systemUTC(),
                Optional.of(context.groupWorkers()), () -> recent.load().stream()
                .filter(RecentCampaigns.Recent::present).map(RecentCampaigns.Recent::dir).toList());

        CampaignStore store = new CampaignStore();
        CampaignEditor editor = new CampaignEditor(store, background, dialogs, texts);
        ResultsViewModel results = new ResultsViewModel(catalog, background, new OverlayViewModel(store,
                new ResultsFolder(), catalog, background, dialogs, texts), texts, (dir, analysis) ->
                editor.change(dir, texts.get("results.analysis.what"), c -> c.withAnalysis(analysis)));
        draft = new CampaignDraft(editor::change, texts);
        run = new RunViewModel(new RunPlanner(catalog), runner, csv, background, executor, dialogs, results::offer,
                new RunGate((dir, c, envs, cancel) -> preflight.check(dir, c, envs, asking, cancel),
                        new FxBlockedRun(stage, texts), () -> draft.dirtyProperty().get()), texts);
        CampaignViewModel campaign = new CampaignViewModel(draft, dialogs, texts);
        MatrixEditorViewModel matrix = new MatrixEditorViewModel(draft, catalog, background, texts);
        EnvironmentsViewModel environments = new EnvironmentsViewModel(draft,
                new ConnectionTestViewModel(preflight, asking, background, dialogs, texts), background, texts);
        workbench = new WorkbenchViewModel(store, csv, background, dialogs, campaign, run, results, texts);
        start = new StartViewModel(new CampaignTemplates(store), recent,
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
        ExportViewModel export = new ExportViewModel(
                words -> new CampaignExports(catalog, Clock.systemDefaultZone(), words), results,
                () -> Optional.ofNullable(workbench.campaignProperty().get()).map(OpenCampaign::dir), background,
                dialogs, run::showStatus, texts, language);
        EnvironmentsView environmentsView = new EnvironmentsView(environments, texts);
        CampaignView campaignView = new CampaignView(campaign, matrix, new MatrixEditorView(matrix, texts).root(),
                environmentsView.root(), texts);
        environmentsView.showWhile(campaignView.environmentsInFront());
        view = new WorkbenchView(workbench, stage, new WorkbenchView.Panes(campaignView,
                new RunView(run, texts), new ResultsView(results, notes, new ImpactView(impact, texts),
                settings.theme().chartTheme(), new Numbers(Locale.getDefault()), texts, Optional.of(export),
                run.runningProperty())),
                new WorkbenchView.Models(campaign, matrix, run, start, csvImport, new SettingsViewModel(settings,
                        language, context.settingsFile(), background, dialogs, texts, chosen)), texts);
        // on the root, after workbench.css, so its colours win over the light ones (scene sheets rank below)
        settings.theme().stylesheetUrl().ifPresent(view.root().getStylesheets()::add);
        busy = run.runningProperty().or(workbench.loadingProperty());
        start.load();
    }

    Parent root() {
        return view.root();
    }

    Texts texts() {
        return texts;
    }

    ReadOnlyStringProperty titleProperty() {
        return workbench.titleProperty();
    }

    /** True during a run or while a campaign is read: a new window then would lose what they do. */
    BooleanBinding busyBinding() {
        return busy;
    }

    void status(String text) {
        run.showStatus(text);
    }

    /** The campaign found at start, or none. */
    void opened(Optional<Path> campaign) {
        campaign.ifPresentOrElse(workbench::open, workbench::noCampaign);
        start.ready();
    }

    void startFailed(Exception e) {
        start.ready();
        dialogs.error(texts.get("app.lookFailed"), texts.get("app.lookFailed.details", texts.explain(e)));
    }

    Carried carried() {
        Optional<OpenCampaign> open = Optional.ofNullable(workbench.campaignProperty().get());
        Optional<Campaign> unsaved = draft.dirtyProperty().get()
                ? draft.current().map(OpenCampaign::campaign) : Optional.empty();
        return new Carried(open.map(OpenCampaign::dir), unsaved, run.monitor().log());
    }

    /** Takes over from an old window: opens its campaign again and lays its unsaved edits over it. */
    void carry(Carried from, String said) {
        start.ready();
        run.monitor().keep(from.runLog());
        from.campaign().ifPresentOrElse(dir -> workbench.open(dir, said, from.unsaved()), () -> {
            workbench.noCampaign();
            run.showStatus(said);
        });
    }

    /** Lets go of what outlives this window, so the old one no longer answers the stage's events. */
    void dispose() {
        view.dispose();
    }

    void cancelRun() {
        run.cancel();
    }
}
