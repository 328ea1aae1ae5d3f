package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.FxThread.onFx;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.chart.ChartDecor;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.core.text.Words;

/**
 * The frames that warm up the chart drawing end by themselves, so an idle window costs nothing
 * after, and end when a run starts.
 */
class DrawWarmUpTest {

    private static final ShownChart CHART = chart();

    @Test
    void drawsTheChartFrameByFrameRendersItNowAndThenAndStops() throws Exception {
        FxToolkit.registerPrimaryStage();
        DrawWarmUp warmUp = started(new SimpleBooleanProperty(false), 6);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(warmUp::finished));

        assertEquals(6, onFx(warmUp::drawn), "one draw a frame, as many as asked");
        assertEquals(2, onFx(warmUp::rendered), "every third frame renders the canvas");
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        assertEquals(6, onFx(warmUp::drawn), "and then no more");
        assertFalse(onFx(warmUp::running));
    }

    @Test
    void aRunStartingEndsItForGood() throws Exception {
        FxToolkit.registerPrimaryStage();
        BooleanProperty runGoingOn = new SimpleBooleanProperty(false);
        DrawWarmUp warmUp = started(runGoingOn, 1000);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(warmUp::drawn) >= 3);

        set(runGoingOn, true);
        int drawnAtTheStart = onFx(warmUp::drawn);
        assertTrue(onFx(warmUp::finished));
        set(runGoingOn, false);
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        assertEquals(drawnAtTheStart, onFx(warmUp::drawn), "nothing drawn during the run or after it");
        assertFalse(onFx(warmUp::running));
    }

    @Test
    void madeDuringARunItNeverDrawsNorMakesItsCanvas() throws Exception {
        FxToolkit.registerPrimaryStage();
        BooleanProperty runGoingOn = new SimpleBooleanProperty(true);
        DrawWarmUp warmUp = started(runGoingOn, 30);
        set(runGoingOn, false);
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);

        assertEquals(0, onFx(warmUp::drawn));
        assertFalse(onFx(warmUp::madeCanvas), "making the canvas draws the chart as it is sized");
        assertTrue(onFx(warmUp::finished));
    }

    private static void set(BooleanProperty runGoingOn, boolean value) {
        onFx(() -> {
            runGoingOn.set(value);
            return value;
        });
    }

    private static DrawWarmUp started(BooleanProperty runGoingOn, int draws) {
        return onFx(() -> {
            DrawWarmUp made = new DrawWarmUp(CHART, ChartTheme.screen(), Words.english(), runGoingOn, draws,
                    Duration.millis(10), 3);
            made.play();
            return made;
        });
    }

    private static ShownChart chart() {
        List<ChartSpec.Bar> bars = List.of(new ChartSpec.Bar("1M", 100, 5, 3), new ChartSpec.Bar("2M", 120, 6, 3));
        return new ShownChart(new ChartSpec("Disk — Write throughput", "MB/s", List.of("1M", "2M"),
                List.of(new ChartSpec.Series("a", 0, bars), new ChartSpec.Series("b", 1, bars))),
                new ChartDecor(false, OptionalDouble.empty(), List.of(), "", List.of(), Optional.empty()));
    }
}
