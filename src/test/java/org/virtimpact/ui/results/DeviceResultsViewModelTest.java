package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.results.ResultsFixtures.CELL;
import static org.virtimpact.ui.results.ResultsFixtures.HVM;
import static org.virtimpact.ui.results.ResultsFixtures.PV;
import static org.virtimpact.ui.results.ResultsFixtures.someResults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.chart.ChartDecor;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.Whiskers;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.report.CellRow;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.stats.Comparison;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;

/** A device tab's views of the report: ratios, log axis, notes, and the runs behind a bar. */
class DeviceResultsViewModelTest {

    @TempDir
    Path dir;

    private final DirectBackground background = new DirectBackground();
    private final ResultsViewModel results = new ResultsViewModel(BenchmarkCatalog.standard(), background);

    private DeviceResultsViewModel disk() {
        return results.devices().get(0);
    }

    private Comparison hvmAgainstPv() {
        return results.reportProperty().get().cells("Disk").stream()
                .filter(r -> r.key().environment().equals(HVM) && r.key().metric().equals("write_rate"))
                .map(CellRow::comparison).findFirst().orElseThrow().orElseThrow();
    }

    /** The metric a run's first report brings is chosen and drawn once, not for the choice and again for the report. */
    @Test
    void aFirstReportDrawsItsChartOnce() {
        results.show(ResultsFixtures.open(dir), ResultSet.empty());
        List<ShownChart> drawn = new ArrayList<>();
        // told of every new chart, equal to the last or not: the view draws each
        disk().shownProperty().addListener(o -> drawn.add(disk().shownProperty().get()));
        List<List<SummaryRow>> tables = new ArrayList<>();
        disk().rows().addListener((ListChangeListener<SummaryRow>) c -> tables.add(List.copyOf(c.getList())));

        results.offer(someResults().samples());

        assertEquals(1, drawn.size(), "charts drawn: " + drawn);
        assertEquals(disk().metrics().get(0), disk().selectedMetricProperty().get());
        assertEquals(1, tables.size(), "tables made: " + tables);
        assertFalse(tables.get(0).isEmpty());
    }

    @Test
    void relativeToBaselineDrawsRatiosWithTheirInterval() {
        results.show(ResultsFixtures.open(dir), someResults());
        disk().normalisedProperty().set(true);
        ShownChart shown = disk().shownProperty().get();
        ChartSpec.Bar pv = shown.spec().series().get(0).bars().get(0);
        ChartSpec.Bar hvm = shown.spec().series().get(1).bars().get(0);
        Comparison c = hvmAgainstPv();
        assertEquals(1, pv.mean(), 0, "the baseline is 1");
        assertEquals(c.ratio(), hvm.mean(), 1e-12);
        assertEquals(c.ratioCiLow(), hvm.low(), 1e-12);
        assertEquals(c.ratioCiHigh(), hvm.high(), 1e-12);
        assertEquals(Whiskers.Kind.RATIO_CONFIDENCE_INTERVAL, shown.spec().whiskers().kind());
        assertEquals(1.0, shown.decor().referenceLine().orElseThrow(), 0);
        assertTrue(shown.decor().subtitle().orElseThrow().contains("ratio of means to " + PV));
    }

    @Test
    void ratiosWithoutABaselineValueAreLeftOutAndSaidSo() {
        results.show(ResultsFixtures.open(dir), someResults());
        results.baselineProperty().set(PV);
        disk().selectedMetricProperty().set(disk().metrics().get(1));
        disk().normalisedProperty().set(true);
        assertTrue(disk().shownProperty().get().spec().isEmpty(), "only HVM read, and PV is the baseline");
        assertTrue(disk().chartNoteProperty().get().contains("no ratio"), disk().chartNoteProperty().get());
    }

    @Test
    void theLogAxisIsAViewOfTheSameNumbers() {
        results.show(ResultsFixtures.open(dir), someResults());
        ChartSpec before = disk().chartProperty().get();
        disk().logAxisProperty().set(true);
        assertTrue(disk().shownProperty().get().decor().logAxis());
        assertEquals(before, disk().chartProperty().get());
        assertTrue(disk().shownProperty().get().decor().subtitle().orElseThrow().endsWith("log scale"));
    }

    @Test
    void notesOfTheChartAreNumberedBadgesOverTheirCategory() {
        Annotation first = new Annotation("Disk", "dd", "write_rate", CELL, "page cache was warm");
        Annotation other = new Annotation("Disk", "dd", "read_rate", CELL, "about reads");
        Annotation second = new Annotation("Disk", "dd", "write_rate", CELL, "rerun after upgrade");
        results.show(new OpenCampaign(dir, ResultsFixtures.campaign().withAnnotations(List.of(first, other, second))),
                someResults());
        assertEquals(List.of(first, second), disk().notes());
        assertEquals(List.of(new ChartDecor.Note(CELL, "✎ 1, 2")), disk().shownProperty().get().decor().notes());
        assertEquals(List.of(CELL), disk().categories());
    }

    @Test
    void clickingABarListsItsRunsAndReadsTheirRawOutput() throws Exception {
        Files.createDirectories(dir.resolve("raw"));
        Files.writeString(dir.resolve("raw/Xen HVM.dd.r1.stdout"), "");
        Files.writeString(dir.resolve("raw/Xen HVM.dd.r1.stderr"), "8388608 bytes copied, 0.08 s, 101 MB/s\n");
        Files.writeString(dir.resolve("raw/Xen HVM.dd.r1.cmd"), "dd if=/dev/zero of=/tmp/x bs=512\n");
        results.show(ResultsFixtures.open(dir), someResults());
        disk().showRuns(HVM, CELL);
        RunsViewModel runs = disk().runs();
        assertTrue(runs.openProperty().get());
        assertEquals(List.of(1, 2, 3), runs.runs().stream().map(RunEntry::repetition).toList());
        assertEquals(101, runs.selectedProperty().get().value(), 0);
        assertTrue(runs.stderrProperty().get().contains("101 MB/s"));
        assertTrue(runs.commandProperty().get().startsWith("dd if=/dev/zero"));
    }

    @Test
    void aRunWithoutRawFilesSaysSo() {
        results.show(ResultsFixtures.open(dir), someResults());
        disk().showRuns(PV, CELL);
        assertTrue(disk().runs().messageProperty().get().contains("left no files"),
                disk().runs().messageProperty().get());
    }

    @Test
    void aPublishedBarHasNoRunsAndNamesItsSource() {
        results.show(ResultsFixtures.open(dir), new ResultSet(someResults().samples(), List.of(),
                List.of(ResultsFixtures.publishedRead(480))));
        disk().selectedMetricProperty().set(disk().metrics().get(1));
        disk().showRuns(PV, CELL);
        assertTrue(disk().runs().runs().isEmpty());
        assertTrue(disk().runs().messageProperty().get().contains("paper.csv line 2"));
    }

    @Test
    void closingTheRunsPanelEmptiesIt() {
        results.show(ResultsFixtures.open(dir), someResults());
        disk().showRuns(HVM, CELL);
        disk().runs().close();
        assertFalse(disk().runs().openProperty().get());
        assertTrue(disk().runs().runs().isEmpty());
    }
}
