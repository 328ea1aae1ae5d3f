package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.notes.CampaignEditor;
import org.virtimpact.ui.notes.NotesViewModel;

/**
 * The warm-up runs, on a worker as the workbench runs it, the code a run's first results go
 * through: a failure would only be logged, so this is where a made-up report that stopped being a
 * valid one would show.
 */
class ResultsWarmUpTest {

    @Test
    void drawsAMadeUpReportOffTheFxThreadAsARunsFirstResultsAreDrawn() throws Exception {
        FxToolkit.registerPrimaryStage();
        Texts texts = Texts.forLocale(Locale.ROOT);
        NotesViewModel notes = new NotesViewModel(new CampaignEditor(new CampaignStore(), new DirectBackground(),
                new RecordingDialogs(), texts), new SimpleObjectProperty<OpenCampaign>(), texts);
        ResultsWarmUp warmUp = new ResultsWarmUp(notes, ChartTheme.screen(), new Numbers(Locale.ROOT), texts,
                BenchmarkCatalog.standard());
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            ShownChart drawn = worker.submit(() -> {
                assertFalse(Platform.isFxApplicationThread());
                return warmUp.call();
            }).get(60, TimeUnit.SECONDS);

            List<ChartSpec.Series> series = drawn.spec().series();
            assertEquals(2, series.size(), "one series per environment");
            for (ChartSpec.Series s : series) {
                assertEquals(2, s.bars().size(), "one bar per size");
                assertTrue(s.bars().stream().allMatch(ChartSpec.Bar::hasInterval), "three runs give an interval");
            }
            assertTrue(drawn.decor().subtitle().isPresent(), "the line under the title is drawn too");
        } finally {
            worker.shutdownNow();
        }
    }
}
