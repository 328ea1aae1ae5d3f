package org.virtimpact.ui.run;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.PauseControl;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.RunPreparation;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Dialogs;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * Run and Cancel: plans the missing repetitions (so Run after a stop resumes), runs them in a
 * {@link RunTask}, and turns the outcome into a status line or, when something failed, a dialog.
 */
public final class RunViewModel {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<OpenCampaign> campaign = new SimpleObjectProperty<>();
    private final BooleanBinding canRun = campaign.isNotNull().and(running.not());

    private final CampaignRunner runner;
    private final Background background;
    private final Executor executor;
    private final Dialogs dialogs;
    private final RunProblems problems;
    private final Consumer<List<Sample>> samples;
    private final RunChecks checks;
    private final Texts texts;
    private final RunPreparation preparation;
    private final RunMonitor monitor;
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<OpenCampaign> saved = new ReadOnlyObjectWrapper<>();
    private PauseControl pauseControl = PauseControl.none();
    private UnaryOperator<Settings> change = UnaryOperator.identity();
    private RunTask task;

    /**
     * @param executor runs the {@link RunTask}; the App's one executor
     * @param samples  receives new samples during a run, on the runner's thread
     */
    public RunViewModel(RunPlanner planner, CampaignRunner runner, CsvResults csv, Background background,
                        Executor executor, Dialogs dialogs, Consumer<List<Sample>> samples, Texts texts) {
        this(planner, runner, csv, background, executor, dialogs, samples, Optional.empty(), texts);
    }

    /** As above, with the preflight checks a run must pass first (none without a gate, for tests). */
    public RunViewModel(RunPlanner planner, CampaignRunner runner, CsvResults csv, Background background,
                        Executor executor, Dialogs dialogs, Consumer<List<Sample>> samples, RunGate gate,
                        Texts texts) {
        this(planner, runner, csv, background, executor, dialogs, samples, Optional.of(gate), texts);
    }

    private RunViewModel(RunPlanner planner, CampaignRunner runner, CsvResults csv, Background background,
                         Executor executor, Dialogs dialogs, Consumer<List<Sample>> samples, Optional<RunGate> gate,
                         Texts texts) {
        this.checks = new RunChecks(gate, background, texts, new RunChecks.Next(status::set, this::launch,
                this::runAnyway, message -> finish(0, message), this::planFailed));
        this.texts = texts;
        this.monitor = new RunMonitor(LocalTime::now, texts);
        this.preparation = new RunPreparation(new CampaignStore(), csv, planner);
        this.runner = runner;
        this.background = background;
        this.executor = executor;
        this.dialogs = dialogs;
        this.problems = new RunProblems(dialogs, texts);
        this.samples = samples;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** -1 while the amount of work is not known yet, as {@code ProgressBar} expects. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canRunBinding() {
        return canRun;
    }

    /** The campaign Run acts on; set by the workbench when a campaign is opened. */
    public ObjectProperty<OpenCampaign> campaignProperty() {
        return campaign;
    }

    /**
     * Shows a message in the status line; during a run, which owns that line, in the run's live
     * log instead, so it is not lost.
     */
    public void showStatus(String text) {
        if (running.get()) {
            monitor.log(text);
        } else {
            status.set(text);
        }
    }

    public void run() {
        OpenCampaign open = campaign.get();
        if (open == null || running.get()) {
            return;
        }
        if (checks.unsavedEdits()) {
            status.set(text("run.unsaved.status"));
            dialogs.error(text("run.unsaved"), text("run.unsaved.details"));
            return;
        }
        running.set(true);
        // from the start, so a Pause pressed while the run is prepared or checked is kept
        pauseControl = new PauseControl();
        progress.set(-1);
        status.set(text("run.preparing"));
        UnaryOperator<Settings> wanted = change;
        change = UnaryOperator.identity();
        background.submit(() -> preparation.prepare(open.dir(), wanted), this::prepared, this::planFailed);
    }

    /**
     * Raises the campaign's repetitions to {@code n}, saves it, and runs only the new ones (when the
     * confidence intervals came out too wide, say).
     */
    public void runMore(int n) {
        change = s -> s.withRepetitions(n);
        run();
    }

    /** The running repetition finishes and is kept; the next waits until {@link #resume()}. */
    public void pause() {
        if (running.get()) {
            pauseControl.pause();
            paused.set(true);
            monitor.log(text("run.pausing"));
        }
    }

    public void resume() {
        pauseControl.resume();
        paused.set(false);
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** Progress per environment, the time left and the live log of the current or last run. */
    public RunMonitor monitor() {
        return monitor;
    }

    /** The campaign as a run saved it (a seed recorded, repetitions raised), for the panes that show it. */
    public ReadOnlyObjectProperty<OpenCampaign> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    private void prepared(RunPreparation.Prepared prepared) {
        RunPlan plan = prepared.plan();
        prepared.warningMessages().forEach(m -> monitor.log(texts.words().text(m)));
        prepared.saved().forEach(m -> monitor.log(texts.words().text(m)));
        if (!prepared.saved().isEmpty()) {
            saved.set(new OpenCampaign(plan.campaignDir(), plan.campaign()));
        }
        if (plan.runs().isEmpty()) {
            finish(0, text("run.allMeasured", plan.alreadyDone()));
        } else {
            checks.check(plan);
        }
    }

    public void cancel() {
        if (task != null) {
            task.stop();
        } else {
            checks.cancel();
        }
    }

    /** "Run anyway" after failed checks: the workbench's {@code --skip-checks}. */
    private void runAnyway(RunPlan plan) {
        if (running.get()) {
            return;
        }
        running.set(true);
        pauseControl = new PauseControl();
        progress.set(-1);
        launch(plan);
    }

    private void launch(RunPlan plan) {
        task = new RunTask(runner, plan, samples, System::nanoTime, pauseControl, Optional.of(monitor),
                Platform::runLater, texts);
        progress.bind(task.progressProperty());
        // The task says nothing until its first report: the line keeps what it said until then
        // rather than going blank for a moment.
        RunTask launched = task;
        String before = status.get();
        status.bind(Bindings.createStringBinding(() -> {
            String said = launched.getMessage();
            return said == null || said.isEmpty() ? before : said;
        }, launched.messageProperty()));
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> crashed(task.getException()));
        executor.execute(task);
    }

    private void finished(RunReport report) {
        finish(1, RunOutcome.summary(report, texts));
        problems.failures(report);
    }

    private void planFailed(Exception e) {
        finish(0, text("run.plan.status"));
        problems.notStarted(e);
    }

    private void crashed(Throwable t) {
        finish(0, text("run.crashed.status"));
        problems.crashed(t);
    }

    private String text(String key, Object... args) {
        return texts.get(key, args);
    }

    private void finish(double finalProgress, String message) {
        progress.unbind();
        status.unbind();
        progress.set(finalProgress);
        status.set(message);
        task = null;
        pauseControl.resume();
        paused.set(false);
        running.set(false);
    }
}
