package org.virtimpact.cli;

import java.io.PrintWriter;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunReport;

/** Prints a run as plain lines a person can follow and a log file can keep. */
final class ProgressPrinter implements RunListener {

    private final PrintWriter out;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void runStarted(RunPlan plan) {
        out.println("Campaign '" + plan.campaign().name() + "': " + plan.runs().size() + " repetitions to run"
                + (plan.alreadyDone() > 0 ? ", " + plan.alreadyDone() + " already done" : "") + ".");
    }

    @Override
    public void message(String text) {
        out.println(text);
    }

    @Override
    public void caseStarted(int index, int total, PlannedRun run) {
        out.println("[" + (index + 1) + "/" + total + "] " + run.environment().name() + " "
                + run.testCase().benchmark() + " " + run.testCase().label() + " rep " + run.repetition());
    }

    @Override
    public void caseFailed(PlannedRun run, String reason) {
        out.println("  failed: " + reason);
    }

    @Override
    public void runFinished(RunReport report) {
        out.println();
        out.println("Completed " + report.completed() + " of " + report.planned() + " repetitions.");
        if (!report.failures().isEmpty()) {
            out.println("Failed: " + report.failures().size() + ". Their reasons (details in raw/RUN_ID.failed):");
            for (RunReport.Failure f : report.failures()) {
                out.println("  " + (f.runId().isEmpty() ? "" : f.runId() + ": ") + f.reason());
            }
        }
        if (report.cancelled()) {
            out.println("Cancelled. Run the same command again to resume where it stopped.");
        } else if (!report.failures().isEmpty()) {
            out.println("Fix the cause and run the same command again: only the missing repetitions run.");
        }
        out.flush();
    }
}
