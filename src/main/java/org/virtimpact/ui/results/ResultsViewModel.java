package org.virtimpact.ui.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Analysis;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.report.QualityWarning;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.stats.ComparisonSettings;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.ListEdits;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * The results of the open campaign: the report (rebuilt by {@link ReportBuilds} whenever samples
 * arrive or the comparison changes) and one {@link DeviceResultsViewModel} per device found in it.
 */
public final class ResultsViewModel {

    public static final List<Double> CONFIDENCE_LEVELS = List.of(0.90, 0.95, 0.99);

    // Wrappers are kept in fields: one listens only weakly to its list.
    private final ObservableList<String> environments = FXCollections.observableArrayList();
    private final ObservableList<String> environmentsView = FXCollections.unmodifiableObservableList(environments);
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper environmentWarnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper sampleCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OpenCampaign> campaign = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> baseline = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> confidence = new SimpleObjectProperty<>(Analysis.DEFAULT_CONFIDENCE);
    private final ObjectProperty<Double> thresholdPercent = new SimpleObjectProperty<>(Analysis.DEFAULT_THRESHOLD * 100);

    private final BenchmarkCatalog catalog;
    private final Background background;
    private final OverlayViewModel overlay;
    private final BiConsumer<Path, Analysis> analysisChosen;
    private final SampleStore store = new SampleStore();
    private final DeviceTabs tabs;
    private final ReportBuilds builds;
    private ResultsReport.Built latest;
    private boolean adjusting;

    /**
     * @param analysisChosen told, with the campaign's folder, when the person picks another baseline,
     *                       confidence or threshold, so it can be kept in the campaign
     */
    public ResultsViewModel(BenchmarkCatalog catalog, Background background, OverlayViewModel overlay, Texts texts,
                            BiConsumer<Path, Analysis> analysisChosen) {
        this.catalog = catalog;
        this.background = background;
        this.overlay = overlay;
        this.analysisChosen = analysisChosen;
        this.tabs = new DeviceTabs(device -> new DeviceResultsViewModel(device, texts,
                new RunsViewModel(background, texts, store::runsOf, this::dir)));
        this.builds = new ReportBuilds(store, new ResultsReport(catalog), background, this::showReport,
                e -> warnings.set(texts.get("results.summaryFailed", texts.explain(e))));
        baseline.addListener((obs, old, now) -> comparisonChanged());
        confidence.addListener((obs, old, now) -> comparisonChanged());
        thresholdPercent.addListener((obs, old, now) -> comparisonChanged());
        overlay.overlayProperty().addListener((obs, old, now) -> pushToTabs());
    }

    /** In English, without overlay dialogs or saving the comparison: for tests of other panes. */
    public ResultsViewModel(BenchmarkCatalog catalog, Background background) {
        this(catalog, background, new OverlayViewModel(new CampaignStore(), new ResultsFolder(), catalog, background,
                (headline, details) -> { }, Texts.forLocale(Locale.ROOT)), Texts.forLocale(Locale.ROOT), (dir, a) -> { });
    }

    /** One entry per device measured or planned, in the order of the devices: Network, Disk, Memory, CPU. */
    public ObservableList<DeviceResultsViewModel> devices() {
        return tabs.view();
    }

    /** Environments with results, in campaign order: the baseline's choices. */
    public ObservableList<String> environments() {
        return environmentsView;
    }

    /** Why the latest results could not be summarised; empty when all is well. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** Warnings about whole environments (different VMs, different tool versions), one per line. */
    public ReadOnlyStringProperty environmentWarningsProperty() {
        return environmentWarnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty sampleCountProperty() {
        return sampleCount.getReadOnlyProperty();
    }

    /** The latest report; null while there is nothing to report on. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The campaign shown, as last opened or saved. */
    public ReadOnlyObjectProperty<OpenCampaign> campaignProperty() {
        return campaign.getReadOnlyProperty();
    }

    public OverlayViewModel overlay() {
        return overlay;
    }

    /** The environment the others are compared with. */
    public ObjectProperty<String> baselineProperty() {
        return baseline;
    }

    /** Level of every interval and test: one of {@link #CONFIDENCE_LEVELS}. */
    public ObjectProperty<Double> confidenceProperty() {
        return confidence;
    }

    /** Smallest difference that matters in practice, in percent. */
    public ObjectProperty<Double> thresholdPercentProperty() {
        return thresholdPercent;
    }

    /** Replaces everything with a newly opened campaign and its results. Call on the FX thread. */
    public void show(OpenCampaign open, ResultSet results) {
        store.replace(results);
        builds.dropInFlight();
        campaign.set(open);
        Analysis analysis = open.campaign().analysisOrDefaults();
        adjusting = true;
        baseline.set(analysis.baseline().isEmpty() ? null : analysis.baseline());
        confidence.set(analysis.confidence());
        thresholdPercent.set(analysis.threshold() * 100);
        adjusting = false;
        builds.request(open, settings());
        tabs.clear();
        tabs.plan(devicesOf(open.campaign()));
        environments.clear();
        report.set(null);
        latest = null;
        overlay.clear();
        warnings.set("");
        builds.refresh();
    }

    /** Adds samples measured during a run. May be called from any thread. */
    public void offer(List<Sample> batch) {
        store.add(batch);
        builds.refresh();
    }

    /**
     * The campaign was changed and saved (a note, a conclusion). Its report is rebuilt, as edits
     * decide which sentences show; a change of the chosen comparison alone is already shown.
     */
    public void campaignSaved(OpenCampaign saved) {
        OpenCampaign current = campaign.get();
        if (current == null || !current.dir().equals(saved.dir())) {
            return;
        }
        campaign.set(saved);
        builds.saved(saved);
        tabs.plan(devicesOf(saved.campaign()));
        if (!alikeForReports(current.campaign(), saved.campaign())) {
            builds.refresh();
        }
    }

    /**
     * Whether {@code after} differs from {@code before} only where no report looks: the analysis
     * chosen here (already applied), and the order of the runs. A campaign's first run saves the seed
     * of its order just as it starts; rebuilding the report then gave the FX thread a report equal to
     * the one shown, at the busiest moment of the run.
     */
    private static boolean alikeForReports(Campaign before, Campaign after) {
        Settings order = after.settings();
        return before.withAnalysis(after.analysis())
                .withSettings(before.settings().withOrder(order.order(), order.seed())).equals(after);
    }

    /** The devices the matrix measures: their tabs stand ready before a run brings results. */
    private Set<String> devicesOf(Campaign planned) {
        return planned.benchmarks().stream().flatMap(b -> catalog.find(b.benchmark()).stream())
                .map(b -> b.device().title()).collect(Collectors.toSet());
    }

    Optional<Path> dir() {
        return Optional.ofNullable(campaign.get()).map(OpenCampaign::dir);
    }

    /** The benchmarks it knows: what a made-up report for {@link #prepare} is built with. */
    BenchmarkCatalog catalog() {
        return catalog;
    }

    /**
     * Runs {@code work} once on a worker: how the view loads, before the first results arrive, what
     * their first tab will need. Nothing comes back; a failure costs only the time it meant to save.
     */
    void prepare(Callable<?> work) {
        prepare(work, done -> { });
    }

    /** As {@link #prepare(Callable)}, then hands what {@code work} made to {@code then} on the FX thread. */
    <T> void prepare(Callable<T> work, Consumer<? super T> then) {
        background.submit(work, then, e -> System.getLogger(ResultsViewModel.class.getName())
                .log(System.Logger.Level.WARNING, "preparing the results tabs failed", e));
    }

    private void comparisonChanged() {
        if (adjusting || campaign.get() == null) {
            return;
        }
        builds.request(campaign.get(), settings());
        analysisChosen.accept(campaign.get().dir(), new Analysis(baseline.get() == null ? "" : baseline.get(), confidence.get(),
                thresholdPercent.get() / 100));
        builds.refresh();
    }

    private ReportSettings settings() {
        ComparisonSettings comparison = new ComparisonSettings(confidence.get(), thresholdPercent.get() / 100,
                ComparisonSettings.View.MEANS);
        return new ReportSettings(Optional.ofNullable(baseline.get()), comparison,
                ReportSettings.defaults().quality());
    }

    private void showReport(ResultsReport.Built built) {
        latest = built;
        sampleCount.set(built.samples());
        warnings.set("");
        Report now = built.report().orElse(null);
        adjusting = true;
        ListEdits.become(environments, now == null ? List.of() : now.environments());
        if (now != null) {
            baseline.set(now.baseline());
        }
        adjusting = false;
        report.set(now);
        environmentWarnings.set(now == null ? "" : String.join("\n", now.environmentWarnings().stream()
                .map(QualityWarning::message).toList()));
        if (now != null) {
            overlay.compareWith(now.baseline(), now.settings(), now.environments());
        }
        pushToTabs();
    }

    private void pushToTabs() {
        if (latest == null || latest.report().isEmpty() || campaign.get() == null) {
            return;
        }
        Campaign open = campaign.get().campaign();
        List<String> order = open.environments().stream().map(e -> e.name()).toList();
        tabs.update(latest.metricsByDevice(), options -> new TabData(options, latest.report().get(), order,
                open.annotations(), Optional.ofNullable(overlay.overlayProperty().get())));
    }
}
