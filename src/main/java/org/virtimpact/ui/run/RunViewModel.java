package org.virtimpact.ui.run;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.run.PlanException;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Dialogs;
import org.virtimpact.ui.OpenCampaign;

/**
 * Run and Cancel: plans the missing repetitions (so Run after a stop resumes), runs them in a
 * {@link RunTask}, and turns the outcome into a status line or, when something failed, a dialog.
 */
public final class RunViewModel {

    private static final int REASONS_SHOWN = 5;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<OpenCampaign> campaign = new SimpleObjectProperty<>();
    private final BooleanBinding canRun = campaign.isNotNull().and(running.not());

    private final RunPlanner planner;
    private final CampaignRunner runner;
    private final CsvResults csv;
    private final Background background;
    private final Executor executor;
    private final Dialogs dialogs;
    private final Consumer<List<Sample>> samples;
    private RunTask task;

    /**
     * @param executor runs the {@link RunTask}; the App's one executor
     * @param samples  receives new samples during a run, on the runner's thread
     */
    public RunViewModel(RunPlanner planner, CampaignRunner runner, CsvResults csv, Background background,
                        Executor executor, Dialogs dialogs, Consumer<List<Sample>> samples) {
        this.planner = planner;
        this.runner = runner;
        this.csv = csv;
        this.background = background;
        this.executor = executor;
        this.dialogs = dialogs;
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

    /** Shows a message in the status line, unless a run owns it. */
    public void showStatus(String text) {
        if (!running.get()) {
            status.set(text);
        }
    }

    public void run() {
        OpenCampaign open = campaign.get();
        if (open == null || running.get()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        status.set("Checking the campaign and the results so far…");
        background.submit(() -> planner.plan(open.dir(), open.campaign(),
                        csv.read(open.dir().resolve(Journal.RESULTS))),
                this::start, this::planFailed);
    }

    public void cancel() {
        if (task != null) {
            task.stop();
        }
    }

    private void start(RunPlan plan) {
        if (plan.runs().isEmpty()) {
            finish(0, "All " + plan.alreadyDone() + " repetitions are already measured. To measure again,"
                    + " move results.csv out of the campaign folder.");
            return;
        }
        task = new RunTask(runner, plan, samples, System::nanoTime);
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> crashed(task.getException()));
        executor.execute(task);
    }

    private void finished(RunReport report) {
        finish(1, summary(report));
        if (!report.failures().isEmpty()) {
            dialogs.error(report.failures().size() + " of " + report.planned() + " repetitions failed",
                    reasons(report) + "\n\nThe reasons are also in raw/*.failed in the campaign folder. Fix the"
                            + " cause and press Run again: only the missing repetitions will run.");
        }
    }

    static String summary(RunReport report) {
        if (report.cancelled()) {
            return "Stopped after " + report.completed() + " of " + report.planned()
                    + " repetitions. Press Run to go on where it stopped.";
        }
        if (report.failures().isEmpty()) {
            return "Done: " + report.completed() + " repetitions measured.";
        }
        return report.completed() + " of " + report.planned() + " repetitions measured, "
                + report.failures().size() + " failed.";
    }

    private static String reasons(RunReport report) {
        List<String> distinct = report.failures().stream().map(RunReport.Failure::reason).distinct().toList();
        String shown = distinct.stream().limit(REASONS_SHOWN).map(r -> "• " + r).collect(Collectors.joining("\n"));
        return distinct.size() > REASONS_SHOWN
                ? shown + "\n• … and " + (distinct.size() - REASONS_SHOWN) + " more" : shown;
    }

    private void planFailed(Exception e) {
        finish(0, "Not started: the campaign can't run as it is.");
        if (e instanceof PlanException plan) {
            dialogs.error("The campaign can't run yet", plan.problems().stream().map(p -> "• " + p)
                    .collect(Collectors.joining("\n")) + "\n\nFix these in campaign.json and press Run again.");
        } else if (e instanceof ResultsException) {
            dialogs.error("Could not read the results so far", e.getMessage());
        } else {
            dialogs.error("Could not start the run", Optional.ofNullable(e.getMessage()).orElse(e.toString()));
        }
    }

    private void crashed(Throwable t) {
        finish(0, "The run stopped unexpectedly.");
        dialogs.error("The run stopped unexpectedly", t.getClass().getSimpleName() + ": " + t.getMessage()
                + "\n\nSamples measured so far are saved. Press Run to resume; if this happens again,"
                + " please report it with the campaign folder's raw/ files.");
    }

    private void finish(double finalProgress, String message) {
        progress.unbind();
        status.unbind();
        progress.set(finalProgress);
        status.set(message);
        task = null;
        running.set(false);
    }
}
