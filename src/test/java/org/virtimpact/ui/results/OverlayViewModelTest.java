package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.results.ResultsFixtures.CELL;
import static org.virtimpact.ui.results.ResultsFixtures.HVM;
import static org.virtimpact.ui.results.ResultsFixtures.PV;
import static org.virtimpact.ui.results.ResultsFixtures.dd;
import static org.virtimpact.ui.results.ResultsFixtures.someResults;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.chart.ChartDecor;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.core.results.Sample;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;

/** Another campaign laid over ours: marks beside matching bars, its verdicts beside ours. */
class OverlayViewModelTest {

    @TempDir
    Path ours;
    @TempDir
    Path theirs;

    private final DirectBackground background = new DirectBackground();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final BenchmarkCatalog catalog = BenchmarkCatalog.standard();
    private final Texts texts = Texts.forLocale(Locale.ROOT);
    private final OverlayViewModel overlay = new OverlayViewModel(new CampaignStore(), new ResultsFolder(), catalog,
            background, dialogs, texts);
    private final ResultsViewModel results = new ResultsViewModel(catalog, background, overlay, texts, (d, a) -> { });

    /** Their run of the study: the same cell, PV at 131-133 and HVM at 101-103 MB/s. */
    private void writeTheirs(String pvName, String hvmName) throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (int rep = 1; rep <= 3; rep++) {
            samples.add(rename(dd(PV, "write_rate", 130 + rep, rep), pvName));
            samples.add(rename(dd(HVM, "write_rate", 100 + rep, rep), hvmName));
        }
        new CampaignStore().save(theirs, new Campaign("Their run", "", List.of(), List.of(), new Settings(3, 60)));
        new ResultsFolder().replace(theirs, samples, List.of("size", "block"), List.of(), List.of());
    }

    private static Sample rename(Sample s, String env) {
        return new Sample(env + s.runId(), Instant.EPOCH, env, s.device(), s.benchmark(), s.metric(), s.value(),
                s.unit(), s.repetition(), s.status(), s.axes());
    }

    private DeviceResultsViewModel disk() {
        return results.devices().get(0);
    }

    @Test
    void marksTheirMeansBesideBarsOfTheSameNames() throws Exception {
        writeTheirs(PV, HVM);
        results.show(ResultsFixtures.open(ours), someResults());
        overlay.load(theirs);
        assertEquals(List.of(new ChartDecor.Mark(PV, CELL, 132), new ChartDecor.Mark(HVM, CELL, 102)),
                disk().shownProperty().get().decor().marks());
        assertEquals("Their run", disk().shownProperty().get().decor().marksLabel());
        assertTrue(disk().overlayNoteProperty().get().contains("2 of 2 bars"), disk().overlayNoteProperty().get());
    }

    @Test
    void setsTheirVerdictBesideOursAndSaysWhetherItReproduces() throws Exception {
        writeTheirs(PV, HVM);
        results.show(ResultsFixtures.open(ours), someResults());
        overlay.load(theirs);
        SummaryRow hvm = disk().rows().get(1);
        assertEquals("slower, significant", hvm.verdict());
        assertEquals("slower, significant", hvm.theirVerdict());
        assertEquals("yes", hvm.agreement());
        assertEquals(102, hvm.theirMean(), 1e-9);
        assertTrue(disk().overlaidProperty().get());
    }

    @Test
    void saysWhichEnvironmentsHaveNoCounterpart() throws Exception {
        writeTheirs(PV, "HVM guest");
        results.show(ResultsFixtures.open(ours), someResults());
        overlay.load(theirs);
        assertEquals(List.of(new ChartDecor.Mark(PV, CELL, 132)), disk().shownProperty().get().decor().marks());
        assertTrue(disk().overlayNoteProperty().get().contains("No counterpart for: " + HVM),
                disk().overlayNoteProperty().get());
    }

    @Test
    void environmentsWithOtherNamesAreComparedOnceMapped() throws Exception {
        writeTheirs("XenoLinux", "HVM guest");
        results.show(ResultsFixtures.open(ours), someResults());
        overlay.load(theirs);
        assertTrue(disk().shownProperty().get().decor().marks().isEmpty(), "no guessing from similar names");
        overlay.remap(Map.of(PV, "XenoLinux", HVM, "HVM guest"));
        assertEquals(2, disk().shownProperty().get().decor().marks().size());
        assertEquals("yes", disk().rows().get(1).agreement());
    }

    @Test
    void withoutOurBaselinesCounterpartTheirVerdictsAreNotCompared() throws Exception {
        writeTheirs("XenoLinux", HVM);
        results.show(ResultsFixtures.open(ours), someResults());
        overlay.load(theirs);
        assertEquals("baseline not mapped", disk().rows().get(1).agreement());
        assertTrue(disk().overlayNoteProperty().get().contains("our baseline " + PV),
                disk().overlayNoteProperty().get());
    }

    @Test
    void ratiosAreMarkedWhenTheChartIsRelative() throws Exception {
        writeTheirs(PV, HVM);
        results.show(ResultsFixtures.open(ours), someResults());
        overlay.load(theirs);
        disk().normalisedProperty().set(true);
        assertEquals(List.of(new ChartDecor.Mark(PV, CELL, 1), new ChartDecor.Mark(HVM, CELL, 102.0 / 132)),
                disk().shownProperty().get().decor().marks());
    }

    @Test
    void aPublishedStudyOfAnotherDeviceSaysWhatItHas() {
        results.show(ResultsFixtures.open(ours), someResults());
        overlay.load(Path.of("samples", "published-barham-2003-xen"));
        String note = disk().overlayNoteProperty().get();
        assertTrue(note.contains("has nothing on this chart") && note.contains("Network ttcp bandwidth"), note);
        assertTrue(disk().shownProperty().get().decor().marks().isEmpty());
    }

    @Test
    void aFolderThatIsNoCampaignIsExplained() {
        results.show(ResultsFixtures.open(ours), someResults());
        overlay.load(theirs);
        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.shown().get(0).details().contains("campaign.json"), dialogs.shown().get(0).details());
        assertNull(overlay.overlayProperty().get());
    }

    @Test
    void removingTheOverlayClearsMarksAndColumns() throws Exception {
        writeTheirs(PV, HVM);
        results.show(ResultsFixtures.open(ours), someResults());
        overlay.load(theirs);
        overlay.clear();
        assertTrue(disk().shownProperty().get().decor().marks().isEmpty());
        assertEquals("", disk().rows().get(1).theirVerdict());
    }
}
