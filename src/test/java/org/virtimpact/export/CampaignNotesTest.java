package org.virtimpact.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtimpact.chart.ChartQuery;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.DeviceConclusion;
import org.virtimpact.core.report.ReportBuilder;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.core.results.ResultSet;

/** The researcher's notes reach the deck's speaker notes. */
class CampaignNotesTest {

    private static final ChartQuery WRITE = new ChartQuery("Disk", "dd",
            new MetricDef("write_rate", "Write throughput", "MB/s", true));

    private static Campaign annotated() {
        return ExportFixtures.campaign()
                .withAnnotations(List.of(new Annotation("Disk", "dd", "write_rate", "size=8M", "cache was warm"),
                        new Annotation("Disk", "dd", "read_rate", "size=8M", "about reads")))
                .withDeviceConclusions(List.of(new DeviceConclusion("Disk", "PV ahead on writes.")));
    }

    @Test
    void listsTheChartsNotesThenItsDevicesConclusions() {
        assertEquals(List.of("Note on size=8M: cache was warm", "Conclusions on Disk: PV ahead on writes."),
                new CampaignNotes(annotated()).about(WRITE));
    }

    @Test
    void theDecksFigureCarriesThemInItsSpeakerNotes() throws Exception {
        Campaign campaign = annotated();
        ResultSet results = new ResultSet(ExportFixtures.samples(), List.of());
        var report = new ReportBuilder(ExportFixtures.CATALOG).build(campaign, results, ExportFixtures.facts(),
                List.of(), ReportSettings.defaults());
        Study study = new StudyBuilder(ExportFixtures.CATALOG, FigureNotes.none()).build(campaign, results, report,
                ExportFixtures.facts(), ChartSelection.allMetrics(), ExportFixtures.TODAY);
        Figure write = study.figures().stream().filter(f -> f.query().metric().name().equals("write_rate"))
                .findFirst().orElseThrow();
        assertTrue(write.notes().startsWith("Note on size=8M: cache was warm\nConclusions on Disk:"), write.notes());
    }
}
