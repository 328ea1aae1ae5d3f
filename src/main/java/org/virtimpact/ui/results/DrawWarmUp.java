package org.virtimpact.ui.results;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.jfree.chart.fx.ChartViewer;
import org.virtimpact.chart.BarCharts;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.core.text.Words;

/**
 * Draws a made-up chart a few hundred times on the FX thread after startup, one draw a frame, and
 * stops by itself.
 *
 * <p>During a run, each report's chart draw took about 10 ms of the FX thread's CPU, report after
 * report, and 10-30 ms of wall time on two shared cores; the same draw takes under 1 ms once the
 * JIT has compiled JFreeChart's drawing, which it does only for code that has run often, and a
 * run's few reports never ran it often enough. The drawing stays on the FX thread: JavaFX measures
 * a chart's text with its own text layouts, which are not safe to use from two threads at once.
 * One draw a frame never makes the window late. Every so often the canvas is rendered too, which
 * warms the renderer's half of the work: replaying the canvas.
 */
final class DrawWarmUp {

    static final int DRAWS = 240;
    static final Duration EVERY = Duration.millis(25);
    static final int RENDER_EVERY = 20;

    private final Timeline frames;
    private int drawn;
    private int rendered;

    DrawWarmUp(ShownChart chart, ChartTheme theme, Words words, int draws, Duration every, int renderEvery) {
        ChartViewer viewer = new ChartViewer(BarCharts.create(chart.spec(), theme, chart.decor(), words), false);
        viewer.getCanvas().setWidth(800);
        viewer.getCanvas().setHeight(400);
        frames = new Timeline(new KeyFrame(every, e -> {
            // a new chart each time, as each report brings
            viewer.setChart(BarCharts.create(chart.spec(), theme, chart.decor(), words));
            drawn++;
            if (drawn % renderEvery == 0) {
                viewer.getCanvas().snapshot(null, null);
                rendered++;
            }
        }));
        frames.setCycleCount(draws);
    }

    /** Starts drawing {@code chart} as the tab draws a report's. Call on the FX thread. */
    static DrawWarmUp start(ShownChart chart, ChartTheme theme, Words words) {
        DrawWarmUp warmUp = new DrawWarmUp(chart, theme, words, DRAWS, EVERY, RENDER_EVERY);
        warmUp.play();
        return warmUp;
    }

    void play() {
        frames.play();
    }

    boolean running() {
        return frames.getStatus() == Animation.Status.RUNNING;
    }

    int drawn() {
        return drawn;
    }

    int rendered() {
        return rendered;
    }
}
