package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * after, and hold while the window is busy.
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
    void holdsWhileTheWindowIsBusyAndGoesOnAfter() throws Exception {
        FxToolkit.registerPrimaryStage();
        BooleanProperty busy = new SimpleBooleanProperty(true);
        DrawWarmUp warmUp = started(busy, 30);
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        assertEquals(0, onFx(warmUp::drawn), "nothing drawn while a run is going on");
        assertFalse(onFx(warmUp::madeCanvas), "not even the canvas, which draws the chart as it is sized");

        set(busy, false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(warmUp::drawn) >= 3);
        set(busy, true);
        int drawnWhenHeld = onFx(warmUp::drawn);
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        assertEquals(drawnWhenHeld, onFx(warmUp::drawn), "a run starting holds it where it was");
        assertFalse(onFx(warmUp::finished));

        set(busy, false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(warmUp::finished));
        assertEquals(30, onFx(warmUp::drawn), "the run's end lets it draw the rest, no more");
        set(busy, true);
        set(busy, false);
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        assertEquals(30, onFx(warmUp::drawn), "a later run does not start it again");
    }

    private static void set(BooleanProperty busy, boolean value) {
        onFx(() -> {
            busy.set(value);
            return value;
        });
    }

    private static DrawWarmUp started(BooleanProperty busy, int draws) throws Exception {
        return onFx(() -> {
            DrawWarmUp made = new DrawWarmUp(CHART, ChartTheme.screen(), Words.english(), busy, draws,
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
