package org.virtimpact.ui.run;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunProgress;
import org.virtimpact.ui.Texts;

/**
 * What the run details show while a run goes on: overall and per-environment progress with the
 * time left, and the live log. Changed on the FX thread only (the {@link RunTask} posts there);
 * read by the details view. Holds no {@code Node}, so it is tested without a stage.
 */
public final class RunMonitor {

    /** One environment's bar: its share done and a line such as "3 of 12 runs · 1 failed · about 4 min left". */
    public record EnvironmentRow(String environment, double progress, String text) {
    }

    /** Enough for a night of runs at a glance; older lines stay in the campaign's raw/ files. */
    static final int LOG_LINES = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final ObservableList<EnvironmentRow> environments = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper overall = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Supplier<LocalTime> clock;
    private final Texts texts;

    public RunMonitor(Supplier<LocalTime> clock, Texts texts) {
        this.clock = clock;
        this.texts = texts;
    }

    public ObservableList<EnvironmentRow> environments() {
        return FXCollections.unmodifiableObservableList(environments);
    }

    public ObservableList<String> log() {
        return FXCollections.unmodifiableObservableList(log);
    }

    public ReadOnlyDoubleProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    /** "12 of 40 runs · 1 failed · about 25 min left". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    void started(RunPlan plan) {
        environments.clear();
        overall.set(0);
        summary.set(texts.get("run.monitor.toDo", plan.runs().size()));
        String started = plan.warmups() > 0
                ? texts.get("run.monitor.started.warmups", plan.repetitions(), plan.warmups())
                : texts.get("run.monitor.started", plan.repetitions());
        log(plan.alreadyDone() > 0 ? texts.get("run.monitor.started.done", started, plan.alreadyDone()) : started);
    }

    void progress(RunProgress p) {
        overall.set(p.fraction());
        summary.set(texts.get("run.monitor.line", counts(p.done(), p.total(), p.failed()),
                left(p.remaining().orElse(null))));
        environments.setAll(p.environments().stream().map(e -> new EnvironmentRow(e.environment(), e.fraction(),
                texts.get("run.monitor.line", counts(e.done(), e.total(), e.failed()),
                        left(e.remaining().orElse(null))))).toList());
    }

    /** Takes over the log of the window this one replaces (another language or theme). */
    public void keep(List<String> earlier) {
        log.setAll(earlier.subList(Math.max(0, earlier.size() - LOG_LINES), earlier.size()));
    }

    void log(String line) {
        log.add(clock.get().format(TIME) + "  " + line);
        if (log.size() > LOG_LINES) {
            log.remove(0, log.size() - LOG_LINES);
        }
    }

    private String counts(int done, int total, int failed) {
        return failed > 0 ? texts.get("run.monitor.count.failed", done, total, failed)
                : texts.get("run.monitor.count", done, total);
    }

    /** As precise as an estimate deserves: 45 s, 12 min, 3 h 05 min. */
    String left(Duration d) {
        if (d == null) {
            return texts.get("run.left.unknown");
        }
        long s = d.toSeconds();
        if (s == 0) {
            return texts.get(d.isZero() ? "run.left.done" : "run.left.underSecond");
        }
        if (s < 90) {
            return texts.get("run.left.seconds", s);
        }
        long min = Math.round(s / 60.0);
        return min < 90 ? texts.get("run.left.minutes", min) : texts.get("run.left.hours", min / 60, min % 60);
    }
}
