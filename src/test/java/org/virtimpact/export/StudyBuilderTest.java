package org.virtimpact.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.export.ExportFixtures.HVM;
import static org.virtimpact.export.ExportFixtures.PV;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.Whiskers;
import org.virtimpact.core.report.CellRow;
import org.virtimpact.core.stats.Summary;

class StudyBuilderTest {

    @Test
    void makesOneChartPerDeviceWithTheMetricItsTabOpensWith() throws Exception {
        Study study = ExportFixtures.study(ChartSelection.headlines());
        assertEquals(List.of("disk-dd-write-rate", "memory-membw-copy"),
                study.figures().stream().map(Figure::stem).toList());
    }

    @Test
    void makesAChartPerMetricWhenAskedForAll() throws Exception {
        Study study = ExportFixtures.study(ChartSelection.allMetrics());
        assertEquals(List.of("disk-dd-write-rate", "disk-dd-read-rate", "memory-membw-copy"),
                study.figures().stream().map(Figure::stem).toList());
    }

    @Test
    void makesOnlyThePickedChartsAndSkipsPicksWithoutResults() throws Exception {
        Study study = ExportFixtures.study(ChartSelection.of(List.of(
                new ChartSelection.ChartPick("Disk", "dd", "read_rate"),
                new ChartSelection.ChartPick("Network", "iperf3", "throughput"))));
        assertEquals(List.of("disk-dd-read-rate"), study.figures().stream().map(Figure::stem).toList());
    }

    @Test
    void whiskersAreTheConfidenceIntervalOfTheMean() throws Exception {
        Study study = ExportFixtures.study(ChartSelection.headlines());
        ChartSpec spec = study.figures().get(0).spec();
        assertEquals(Whiskers.Kind.CONFIDENCE_INTERVAL, spec.whiskers().kind());
        Summary pv8 = ExportFixtures.report().cells().stream().map(CellRow::summary)
                .filter(s -> Math.abs(s.mean() - 120) < 1e-9).findFirst().orElseThrow();
        ChartSpec.Bar bar = spec.series().get(0).bar("size=8M").orElseThrow();
        assertEquals((pv8.ciHigh() - pv8.ciLow()) / 2, bar.error(), 1e-9);
        assertTrue(bar.error() > pv8.sd(), "a 95 % t interval of 5 runs is wider than one sd");
    }

    @Test
    void coloursEnvironmentsByTheirPlaceInTheCampaign() throws Exception {
        Study study = ExportFixtures.study(ChartSelection.headlines());
        assertEquals(List.of(1, 2), study.figures().get(0).spec().series().stream().map(ChartSpec.Series::colour)
                .toList());
        assertEquals(List.of(1, 2), study.environments().stream().map(Study.StudyEnvironment::colour).toList());
    }

    @Test
    void captionNamesRunsConfidenceToolVersionsEnvironmentsAndDate() throws Exception {
        String caption = ExportFixtures.study(ChartSelection.headlines()).figures().get(0).caption();
        assertTrue(caption.contains("n = 5 runs per bar"), caption);
        assertTrue(caption.contains("95 % confidence interval of the mean"), caption);
        assertTrue(caption.contains("dd, version dd (coreutils) 9.1 on Xen PV; dd (coreutils) 8.32 on " + HVM),
                caption);
        assertTrue(caption.contains("Environments: Xen PV, " + HVM + " (Xen HVM)"), caption);
        assertTrue(caption.contains("Measured 2025-03-14"), caption);
    }

    @Test
    void namesTheCompilerForToolsBuiltOnTheTarget() throws Exception {
        String caption = ExportFixtures.study(ChartSelection.headlines()).figures().get(1).caption();
        assertTrue(caption.contains("membw, built with gcc 12.2.0."), caption);
    }

    @Test
    void notesGiveEachEnvironmentsMeansWithUnitsAndRuns() throws Exception {
        String notes = ExportFixtures.study(ChartSelection.headlines()).figures().get(0).notes();
        assertTrue(notes.contains("Disk — Write throughput (MB/s), measured with dd"), notes);
        assertTrue(notes.contains(PV + " — size=8M: 120.0 ± 2.0 MB/s (n = 5)"), notes);
        assertTrue(notes.contains(HVM + " (Xen HVM) — size=8M:"), notes);
    }

    @Test
    void researcherNotesLeadTheSpeakerNotes() throws Exception {
        Study study = ExportFixtures.study(ChartSelection.headlines(),
                query -> List.of("Why " + query.device() + " matters."));
        assertTrue(study.figures().get(0).notes().startsWith("Why Disk matters.\nDisk — Write throughput"));
    }

    @Test
    void tablesCoverEveryMetricWithEnvironmentsAsColumns() throws Exception {
        Study study = ExportFixtures.study(ChartSelection.headlines());
        assertEquals(List.of("write_rate", "read_rate", "copy"), study.tables().stream().map(SummaryTable::metric)
                .toList());
        SummaryTable read = study.tables().get(1);
        assertEquals(List.of(PV), read.environments());
        assertEquals("Read throughput (MB/s)", read.quantity());
    }

    @Test
    void datesComeFromTheRuns() throws Exception {
        Study study = ExportFixtures.study(ChartSelection.headlines());
        assertEquals("measured 2025-03-14", study.dates());
        assertEquals(PV, study.baseline());
    }
}
