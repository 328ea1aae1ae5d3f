package org.virtimpact.ui.run;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Texts;

/**
 * Holds a planned run at its {@link RunGate} with the same rule as the command line: the
 * environments with repetitions to run are checked off the FX thread, and a failed required check
 * stops the run and shows the failures, whose "Run anyway" is the workbench's {@code --skip-checks}.
 * Without a gate every plan goes ahead at once.
 */
final class RunChecks {

    /**
     * Where the run goes from the checks; each is called on the FX thread.
     *
     * @param checking the status line while the checks run
     * @param launch   starts the run that passed
     * @param anyway   starts it after all when the person chose "Run anyway"
     * @param stop     ends the run before it started, with its status line
     * @param failed   the checks themselves could not run
     */
    record Next(Consumer<String> checking, Consumer<RunPlan> launch, Consumer<RunPlan> anyway,
                Consumer<String> stop, Consumer<Exception> failed) {
    }

    private final Optional<RunGate> gate;
    private final Background background;
    private final Texts texts;
    private final Next next;
    private CancellationToken checking;

    RunChecks(Optional<RunGate> gate, Background background, Texts texts, Next next) {
        this.gate = gate;
        this.background = background;
        this.texts = texts;
        this.next = next;
    }

    /** True while the campaign pane holds edits not yet in campaign.json: a run would not see them. */
    boolean unsavedEdits() {
        return gate.isPresent() && gate.get().unsavedEdits().getAsBoolean();
    }

    void check(RunPlan plan) {
        if (gate.isEmpty()) {
            next.launch().accept(plan);
            return;
        }
        List<Environment> pending = plan.runs().stream().map(PlannedRun::environment).distinct().toList();
        CancellationToken token = new CancellationToken();
        checking = token;
        next.checking().accept(texts.get("run.checking", pending.size()));
        background.submit(() -> gate.get().checks().check(plan.campaignDir(), plan.campaign(), pending, token),
                report -> checked(plan, report), e -> {
                    checking = null;
                    next.failed().accept(e);
                });
    }

    /** Stops the checks under way, if any; they then end the run as cancelled. */
    void cancel() {
        if (checking != null) {
            checking.cancel();
        }
    }

    private void checked(RunPlan plan, PreflightReport report) {
        checking = null;
        if (report.cancelled()) {
            next.stop().accept(texts.get("run.checks.cancelled"));
        } else if (report.passed()) {
            next.launch().accept(plan);
        } else {
            next.stop().accept(texts.get("run.checks.failed", report.failures()));
            gate.get().blocked().show(report, () -> next.anyway().accept(plan));
        }
    }
}
