package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.virtimpact.ui.FxThread.onFx;
import static org.virtimpact.ui.results.ResultsFixtures.PV;
import static org.virtimpact.ui.results.ResultsFixtures.dd;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.notes.CampaignEditor;
import org.virtimpact.ui.notes.NotesViewModel;

/** A device's tab as JavaFX lays it out (a scene, never shown), fed as a run feeds it. */
class DeviceResultsViewTest {

    @TempDir
    Path dir;

    private final Texts texts = Texts.forLocale(Locale.ROOT);
    private final DirectBackground background = new DirectBackground();
    private final BenchmarkCatalog catalog = BenchmarkCatalog.standard();
    private final ResultsViewModel results = new ResultsViewModel(catalog, background, new OverlayViewModel(
            new CampaignStore(), new ResultsFolder(), catalog, background, new RecordingDialogs(), texts), texts,
            (d, a) -> { });
    private Parent root;

    @BeforeEach
    void aDiskTabInFront() throws Exception {
        FxToolkit.registerPrimaryStage();
        root = onFx(() -> {
            results.show(ResultsFixtures.open(dir), ResultSet.empty());
            NotesViewModel notes = new NotesViewModel(new CampaignEditor(new CampaignStore(), background,
                    new RecordingDialogs(), texts), new SimpleObjectProperty<OpenCampaign>(), texts);
            DeviceResultsView view = new DeviceResultsView(results.devices().get(0), notes, ChartTheme.screen(),
                    new Numbers(Locale.ROOT), texts);
            view.showWhile(new SimpleBooleanProperty(true));
            Parent made = view.root();
            new Scene(made, 1200, 800);
            made.applyCss();
            made.layout();
            return made;
        });
    }

    /**
     * The note under the chart comes with a run's first results (one run per bar: no whiskers) and
     * goes with the second. Had the chart given it room each time, its canvas would have changed
     * size and JFreeChart drawn the whole chart again, in the layout pass after the one that drew it.
     */
    @Test
    void theNoteUnderTheChartComingAndGoingLeavesTheChartsSizeAlone() throws Exception {
        double before = chartHeight();

        double withNote = onFx(() -> {
            results.offer(List.of(dd(PV, "write_rate", 120, 1)));
            return settledChartHeight();
        });
        assertFalse(onFx(() -> note().getText()).isEmpty(), "one run per bar: the note says why there are no whiskers");
        assertEquals(before, withNote, "the note took its room from the chart");

        double without = onFx(() -> {
            results.offer(List.of(dd(PV, "write_rate", 121, 2), dd(PV, "write_rate", 122, 3)));
            return settledChartHeight();
        });
        assertEquals("", onFx(() -> note().getText()), "three runs: whiskers, no note");
        assertEquals(before, without, "the note gave its room back to the chart");
    }

    private double chartHeight() throws Exception {
        return onFx(this::settledChartHeight);
    }

    private double settledChartHeight() {
        root.applyCss();
        root.layout();
        return ((ChartViewer) root.lookup("#chart-Disk")).getCanvas().getHeight();
    }

    private Label note() {
        return (Label) root.lookup(".chart-note");
    }
}
