package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.FxThread.onFx;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.chart.ChartDecor;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.core.text.Words;

/** The frames that warm up the chart drawing end by themselves: an idle window costs nothing after. */
class DrawWarmUpTest {

    @Test
    void drawsTheChartFrameByFrameRendersItNowAndThenAndStops() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<ChartSpec.Bar> bars = List.of(new ChartSpec.Bar("1M", 100, 5, 3), new ChartSpec.Bar("2M", 120, 6, 3));
        ShownChart chart = new ShownChart(new ChartSpec("Disk — Write throughput", "MB/s", List.of("1M", "2M"),
                List.of(new ChartSpec.Series("a", 0, bars), new ChartSpec.Series("b", 1, bars))),
                new ChartDecor(false, OptionalDouble.empty(), List.of(), "", List.of(), Optional.empty()));

        DrawWarmUp warmUp = onFx(() -> {
            DrawWarmUp made = new DrawWarmUp(chart, ChartTheme.screen(), Words.english(), 6, Duration.millis(10), 3);
            made.play();
            return made;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !warmUp.running()));

        assertEquals(6, onFx(warmUp::drawn), "one draw a frame, as many as asked");
        assertEquals(2, onFx(warmUp::rendered), "every third frame renders the canvas");
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        assertEquals(6, onFx(warmUp::drawn), "and then no more");
        assertTrue(!onFx(warmUp::running));
    }
}
