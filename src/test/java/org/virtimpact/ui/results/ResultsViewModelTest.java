package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.results.ResultsFixtures.CELL;
import static org.virtimpact.ui.results.ResultsFixtures.HVM;
import static org.virtimpact.ui.results.ResultsFixtures.PV;
import static org.virtimpact.ui.results.ResultsFixtures.dd;
import static org.virtimpact.ui.results.ResultsFixtures.membw;
import static org.virtimpact.ui.results.ResultsFixtures.someResults;

import java.nio.file.Path;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Analysis;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;

class ResultsViewModelTest {

    /** Student's t, 2 degrees of freedom, 97.5 % quantile (any t table). */
    private static final double T_2 = 4.302652729749464;

    @TempDir
    Path dir;

    private final DirectBackground background = new DirectBackground();
    private final BenchmarkCatalog catalog = BenchmarkCatalog.standard();
    private final Texts texts = Texts.forLocale(Locale.ROOT);
    private final List<Analysis> chosen = new ArrayList<>();
    private final ResultsViewModel vm = new ResultsViewModel(catalog, background, new OverlayViewModel(
            new CampaignStore(), new ResultsFolder(), catalog, background, new RecordingDialogs(), texts), texts,
            (d, a) -> chosen.add(a));

    private OpenCampaign open() {
        return ResultsFixtures.open(dir);
    }

    private DeviceResultsViewModel disk() {
        return vm.devices().get(0);
    }

    @Test
    void hasOneTabPerDeviceInDeviceOrder() {
        vm.show(open(), someResults());
        assertEquals(List.of("Disk", "Memory"), vm.devices().stream().map(DeviceResultsViewModel::device).toList());
    }

    @Test
    void offersOnlyMetricsWithDataInTheBenchmarksOrder() {
        vm.show(open(), someResults());
        assertEquals(List.of("Write throughput", "Read throughput"),
                disk().metrics().stream().map(m -> m.label(false)).toList());
    }

    @Test
    void showsTheFirstMetricByDefault() {
        vm.show(open(), someResults());
        assertEquals("write_rate", disk().selectedMetricProperty().get().metric().name());
        assertEquals("Disk — Write throughput", disk().chartProperty().get().title());
    }

    @Test
    void chartsEnvironmentsInCampaignOrder() {
        vm.show(open(), someResults());
        ChartSpec spec = disk().chartProperty().get();
        assertEquals(List.of(PV, HVM), spec.series().stream().map(ChartSpec.Series::name).toList());
        assertEquals(122.0, spec.series().get(0).bars().get(0).mean(), 1e-9);
    }

    @Test
    void whiskersAreTheConfidenceIntervalOfTheMeanByDefault() {
        vm.show(open(), someResults());
        ChartSpec.Bar pv = disk().chartProperty().get().series().get(0).bars().get(0);
        assertEquals(T_2 * 1 / Math.sqrt(3), pv.error(), 1e-9, "t(0.975, 2) · sd / √n with sd = 1");
        String subtitle = disk().shownProperty().get().decor().subtitle().orElseThrow();
        assertTrue(subtitle.contains("95 % confidence interval of the mean"), subtitle);
        assertTrue(subtitle.contains("n = 3 per bar"), subtitle);
    }

    @Test
    void showsTheStandardDeviationWhenAsked() {
        vm.show(open(), someResults());
        disk().whiskersProperty().set(WhiskerChoice.STANDARD_DEVIATION);
        assertEquals(1.0, disk().chartProperty().get().series().get(0).bars().get(0).error(), 1e-9);
        assertTrue(disk().shownProperty().get().decor().subtitle().orElseThrow().contains("standard deviation"));
    }

    @Test
    void choosingAnotherMetricRedrawsChartAndTable() {
        vm.show(open(), someResults());
        disk().selectedMetricProperty().set(disk().metrics().get(1));
        assertEquals("Disk — Read throughput", disk().chartProperty().get().title());
        assertEquals(List.of(HVM), disk().rows().stream().map(SummaryRow::environment).toList());
    }

    @Test
    void tabulatesStatisticsAndTheComparisonWithTheBaseline() {
        vm.show(open(), someResults());
        SummaryRow pv = disk().rows().get(0);
        SummaryRow hvm = disk().rows().get(1);
        assertEquals(PV, pv.environment());
        assertEquals(CELL, pv.cell());
        assertEquals("3", pv.n());
        assertEquals(122, pv.mean(), 1e-9);
        assertEquals(122 - T_2 / Math.sqrt(3), pv.ciLow(), 1e-9);
        assertEquals(1.0 / 122, pv.cv(), 1e-12);
        assertEquals(122, pv.median(), 1e-9);
        assertEquals("baseline", pv.verdict(), "the first environment is the baseline");
        assertEquals(102.0 / 122, hvm.ratio(), 1e-12);
        assertTrue(hvm.ratioLow() < hvm.ratio() && hvm.ratio() < hvm.ratioHigh());
        assertTrue(hvm.pHolm() < 0.05, "20 MB/s apart with sd 1: p = " + hvm.pHolm());
        assertEquals("slower, significant", hvm.verdict());
    }

    @Test
    void warnsBesideCellsWithFewRuns() {
        vm.show(open(), someResults());
        assertTrue(disk().rows().get(0).warnings().stream().anyMatch(w -> w.contains("3")),
                disk().rows().get(0).warnings().toString());
    }

    @Test
    void showsPublishedMeansWithAQuestionMarkForTheirRunCount() {
        ResultSet base = someResults();
        vm.show(open(), new ResultSet(base.samples(), List.of(), List.of(ResultsFixtures.publishedRead(480))));
        disk().selectedMetricProperty().set(disk().metrics().get(1));
        SummaryRow published = disk().rows().stream().filter(r -> r.environment().equals(PV)).findFirst()
                .orElseThrow();
        assertEquals("?", published.n());
        assertEquals(480, published.mean(), 1e-9);
        assertFalse(Double.isFinite(published.ciLow()), "no interval without n and sd");
        assertTrue(disk().shownProperty().get().decor().subtitle().orElseThrow().contains("unknown"));
    }

    @Test
    void choosingAnotherBaselineComparesWithItAndKeepsTheChoice() {
        vm.show(open(), someResults());
        vm.baselineProperty().set(HVM);
        assertEquals(HVM, vm.reportProperty().get().baseline());
        assertEquals("faster, significant", disk().rows().get(0).verdict());
        assertEquals(List.of(new Analysis(HVM, 0.95, 0.02)), chosen);
    }

    @Test
    void opensWithTheComparisonKeptInTheCampaign() {
        vm.show(new OpenCampaign(dir, ResultsFixtures.campaign().withAnalysis(new Analysis(HVM, 0.99, 0.05))),
                someResults());
        assertEquals(HVM, vm.reportProperty().get().baseline());
        assertEquals(0.99, vm.reportProperty().get().settings().confidence(), 1e-12);
        assertEquals(5.0, vm.thresholdPercentProperty().get(), 1e-12);
        assertEquals(List.of(), chosen, "opening is not a choice to save");
    }

    @Test
    void aHigherConfidenceWidensTheWhiskers() {
        vm.show(open(), someResults());
        double at95 = disk().chartProperty().get().series().get(0).bars().get(0).error();
        vm.confidenceProperty().set(0.99);
        double at99 = disk().chartProperty().get().series().get(0).bars().get(0).error();
        assertEquals(9.924843200918298 / Math.sqrt(3), at99, 1e-9, "t(0.995, 2) from a t table");
        assertTrue(at99 > at95);
    }

    @Test
    void aDifferenceBelowThePracticalThresholdIsCalledSo() {
        List<org.virtimpact.core.results.Sample> close = new ArrayList<>();
        double[] pv = {100.0, 100.1, 99.9, 100.05, 99.95};
        for (int i = 0; i < pv.length; i++) {
            close.add(dd(PV, "write_rate", pv[i], i + 1));
            close.add(dd(HVM, "write_rate", pv[i] * 1.01, i + 1));
        }
        vm.show(open(), new ResultSet(close, List.of()));
        assertEquals("difference below threshold", disk().rows().get(1).verdict(), "1 % apart, threshold 2 %");
        vm.thresholdPercentProperty().set(0.5);
        assertEquals("faster, significant", disk().rows().get(1).verdict());
    }

    @Test
    void addsSamplesArrivingDuringARun() {
        vm.show(open(), someResults());
        vm.offer(List.of(dd(PV, "write_rate", 126, 4)));
        assertEquals("4", disk().rows().get(0).n());
        assertEquals(13, vm.sampleCountProperty().get());
    }

    @Test
    void newSamplesOfTheSameEnvironmentsLeaveTheBaselineChoicesAlone() {
        vm.show(open(), someResults());
        List<String> changes = new ArrayList<>();
        vm.environments().addListener((ListChangeListener<String>) c -> changes.add(c.toString()));
        vm.offer(List.of(dd(PV, "write_rate", 126, 4)));
        assertEquals(List.of(), changes, "a combo box whose items are set anew is built again, every report");
        assertEquals(List.of(PV, HVM), vm.environments());
    }

    @Test
    void keepsTheChosenMetricAndViewWhenNewSamplesArrive() {
        vm.show(open(), someResults());
        DeviceResultsViewModel tab = disk();
        MetricOption read = tab.metrics().get(1);
        tab.selectedMetricProperty().set(read);
        tab.logAxisProperty().set(true);
        vm.offer(List.of(dd(PV, "write_rate", 126, 4)));
        assertTrue(vm.devices().get(0) == tab, "the tab was replaced");
        assertEquals(read, tab.selectedMetricProperty().get());
        assertTrue(tab.shownProperty().get().decor().logAxis());
    }

    @Test
    void samplesArrivingDuringABuildAreTakenByTheNextOne() {
        vm.show(open(), someResults());
        background.hold();
        vm.offer(List.of(dd(PV, "write_rate", 126, 4)));
        vm.offer(List.of(dd(PV, "write_rate", 127, 5)));
        assertEquals(1, background.held().size(), "one report at a time");
        background.held().get(0).run();
        background.held().get(1).run();
        assertEquals("5", disk().rows().get(0).n());
    }

    @Test
    void dropsAReportBuiltForThePreviousCampaign() {
        vm.show(open(), someResults());
        background.holdReplies();
        vm.offer(List.of(dd(PV, "write_rate", 126, 4)));
        vm.show(open(), new ResultSet(List.of(membw(PV, 8000, 1)), List.of()));
        background.held().get(0).run();
        assertTrue(disk().metrics().isEmpty(), "the old campaign's report is not shown");
        background.held().subList(1, background.held().size()).forEach(Runnable::run);
        assertEquals(List.of("Disk", "Memory"), vm.devices().stream().map(DeviceResultsViewModel::device).toList());
        assertTrue(disk().metrics().isEmpty(), "the new campaign plans dd but has no disk results");
    }

    @Test
    void ignoresAReportOfThePreviousCampaign() {
        vm.show(open(), someResults());
        background.hold();
        vm.offer(List.of(dd(PV, "write_rate", 126, 4)));
        vm.show(open(), new ResultSet(List.of(membw(PV, 8000, 1)), List.of()));
        background.held().get(0).run();
        assertTrue(disk().metrics().isEmpty(), "the old campaign's report is not shown");
        background.held().get(1).run();
        assertEquals(List.of("Disk", "Memory"), vm.devices().stream().map(DeviceResultsViewModel::device).toList());
        assertTrue(disk().metrics().isEmpty());
    }

    @Test
    void dropsEverythingOfThePreviousCampaign() {
        vm.show(open(), someResults());
        vm.show(open(), new ResultSet(List.of(membw(PV, 8000, 1)), List.of()));
        assertEquals(List.of("Disk", "Memory"), vm.devices().stream().map(DeviceResultsViewModel::device).toList());
        assertTrue(disk().metrics().isEmpty(), "none of the first campaign's disk results is left");
        assertTrue(disk().rows().isEmpty());
    }

    @Test
    void theMatrixsDevicesHaveTabsBeforeAnyResult() {
        vm.show(open(), ResultSet.empty());
        assertEquals(List.of("Disk"), vm.devices().stream().map(DeviceResultsViewModel::device).toList());
        assertTrue(disk().metrics().isEmpty());
        assertEquals(null, disk().chartProperty().get(), "no chart to draw before results");
    }

    @Test
    void aRunsFirstResultsFillTheTabThatStoodReady() {
        vm.show(open(), ResultSet.empty());
        DeviceResultsViewModel ready = disk();
        List<String> changes = new ArrayList<>();
        vm.devices().addListener((ListChangeListener<DeviceResultsViewModel>) c -> changes.add(c.toString()));

        vm.offer(List.of(dd(PV, "write_rate", 120, 1), dd(PV, "write_rate", 121, 2)));

        assertEquals(List.of(), changes, "the tabs stay as they were");
        assertTrue(ready == disk());
        assertEquals("Write throughput", ready.selectedMetricProperty().get().label(false));
        assertEquals(1, ready.rows().size());
    }

    @Test
    void aBenchmarkAddedToTheMatrixBringsItsTabAndOneRemovedWithoutResultsTakesItAway() {
        vm.show(open(), ResultSet.empty());
        Campaign withMembw = ResultsFixtures.campaign().withBenchmarks(List.of(
                new BenchmarkSpec("dd", Map.of("size", List.of("8M")), Map.of()),
                new BenchmarkSpec("membw", Map.of("array", List.of("8M")), Map.of())));
        vm.campaignSaved(new OpenCampaign(dir, withMembw));
        assertEquals(List.of("Disk", "Memory"), vm.devices().stream().map(DeviceResultsViewModel::device).toList());

        vm.campaignSaved(open());
        assertEquals(List.of("Disk"), vm.devices().stream().map(DeviceResultsViewModel::device).toList());
    }

    @Test
    void theSeedARunSavesAsItStartsBuildsNoNewReportButARealChangeDoes() {
        vm.show(open(), someResults());
        Campaign shown = ResultsFixtures.campaign();
        background.hold();

        vm.campaignSaved(new OpenCampaign(dir, shown.withSettings(shown.settings().withOrder(
                shown.settings().order(), 4242))));
        assertEquals(0, background.held().size(), "the order of the runs is nothing a report shows");

        vm.campaignSaved(new OpenCampaign(dir, shown.withSettings(shown.settings().withOrder(
                shown.settings().order(), 4242).withRepetitions(12))));
        assertEquals(1, background.held().size(), "more repetitions are: the report is built again");
    }

    @Test
    void preparesTheTabsOnTheBackgroundNotOnTheCaller() {
        List<String> ran = new ArrayList<>();
        background.hold();
        vm.prepare(() -> ran.add("warm-up"));
        assertTrue(ran.isEmpty(), "nothing runs on the FX thread");
        background.held().get(0).run();
        assertEquals(List.of("warm-up"), ran);
    }

    @Test
    void whatThePreparationMadeIsHandedOnOnlyWhenItIsDone() {
        List<String> handed = new ArrayList<>();
        background.hold();
        vm.prepare(() -> "a drawn chart", handed::add);
        assertTrue(handed.isEmpty(), "not before the worker has made it");
        background.held().get(0).run();
        assertEquals(List.of("a drawn chart"), handed);
    }

    @Test
    void aFailedPreparationIsNoWarningAboutTheResults() {
        vm.show(open(), someResults());
        vm.prepare(() -> {
            throw new IllegalStateException("no fonts");
        });
        assertEquals("", vm.warningsProperty().get());
        assertEquals(List.of("Disk", "Memory"), vm.devices().stream().map(DeviceResultsViewModel::device).toList());
    }

    @Test
    void offersTheEnvironmentsWithResultsAsBaselines() {
        vm.show(open(), someResults());
        assertEquals(List.of(PV, HVM), vm.environments());
        assertEquals(PV, vm.baselineProperty().get());
        assertNotNull(vm.reportProperty().get().impact());
    }
}
