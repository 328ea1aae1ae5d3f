package org.virtimpact.ui.results;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
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
 * Every so often the canvas is rendered too, which warms the renderer's half of the work: replaying
 * the canvas.
 *
 * <p>It ends when a run starts. Its first draws, before the JIT has compiled anything, take
 * 10-30 ms each, and a render waits for the renderer: in the pulses where a run's first results
 * arrive they made the window late. A run's own draws warm the same code from then on; taken up
 * again when the run ended, its next frames fell among the run's last results.
 */
final class DrawWarmUp {

    static final int DRAWS = 240;
    static final Duration EVERY = Duration.millis(25);
    static final int RENDER_EVERY = 20;

    private final ShownChart chart;
    private final ChartTheme theme;
    private final Words words;
    private final int renderEvery;
    private final Timeline frames;
    private final ObservableBooleanValue runGoingOn;
    private final InvalidationListener runStarts = o -> endIfRunStarted();
    private ChartViewer viewer;
    private boolean finished;
    private int drawn;
    private int rendered;

    DrawWarmUp(ShownChart chart, ChartTheme theme, Words words, ObservableBooleanValue runGoingOn, int draws,
               Duration every, int renderEvery) {
        this.chart = chart;
        this.theme = theme;
        this.words = words;
        this.runGoingOn = runGoingOn;
        this.renderEvery = renderEvery;
        frames = new Timeline(new KeyFrame(every, e -> draw()));
        frames.setCycleCount(draws);
        frames.setOnFinished(e -> end());
    }

    /**
     * Starts drawing {@code chart} as the tab draws a report's, unless {@code runGoingOn} is true,
     * and ends as soon as it is. Call on the FX thread.
     */
    static DrawWarmUp start(ShownChart chart, ChartTheme theme, Words words, ObservableBooleanValue runGoingOn) {
        DrawWarmUp warmUp = new DrawWarmUp(chart, theme, words, runGoingOn, DRAWS, EVERY, RENDER_EVERY);
        warmUp.play();
        return warmUp;
    }

    void play() {
        if (runGoingOn.get()) {
            end();
            return;
        }
        runGoingOn.addListener(runStarts);
        frames.play();
    }

    private void endIfRunStarted() {
        if (runGoingOn.get()) {
            frames.stop();
            end();
        }
    }

    private void end() {
        finished = true;
        runGoingOn.removeListener(runStarts);
    }

    private void draw() {
        // a new chart each time, as each report brings
        JFreeChart made = BarCharts.create(chart.spec(), theme, chart.decor(), words);
        if (viewer == null) {
            // Made at the first frame, not before: a canvas draws its chart as it gets a size, and a
            // warm-up handed its chart after a run started must not draw at all.
            viewer = new ChartViewer(made, false);
            viewer.getCanvas().setWidth(800);
            viewer.getCanvas().setHeight(400);
        } else {
            viewer.setChart(made);
        }
        drawn++;
        if (drawn % renderEvery == 0) {
            viewer.getCanvas().snapshot(null, null);
            rendered++;
        }
    }

    boolean running() {
        return frames.getStatus() == Animation.Status.RUNNING;
    }

    boolean finished() {
        return finished;
    }

    /** Whether its canvas exists yet: making one draws the chart. */
    boolean madeCanvas() {
        return viewer != null;
    }

    int drawn() {
        return drawn;
    }

    int rendered() {
        return rendered;
    }
}
