package org.virtimpact.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.stream.Collectors;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPreparation;
import org.virtimpact.core.run.RunProgress;
import org.virtimpact.core.run.RunReport;

/**
 * Prints a run. On a terminal, one progress line at the bottom is redrawn in place ({@code \r})
 * under the log; piped into a file, every line is a plain line a log keeps, progress included.
 */
final class ProgressPrinter implements RunListener {

    /** Wide enough for the counts of a few environments, narrow enough for an 80-column terminal most of the time. */
    private static final int LINE_WIDTH = 110;

    private final PrintWriter out;
    private final boolean terminal;
    private String status = "";
    private String current = "";

    ProgressPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    ProgressPrinter(PrintWriter out) {
        this(out, false);
    }

    @Override
    public void runStarted(RunPlan plan) {
        line("Campaign '" + plan.campaign().name() + "': " + plan.repetitions() + " repetitions to run"
                + (plan.warmups() > 0 ? " and " + plan.warmups() + " warm-up run(s)" : "")
                + (plan.alreadyDone() > 0 ? ", " + plan.alreadyDone() + " already done" : "") + ".");
        line("Settings: " + RunPreparation.describe(plan.campaign().settings()) + ".");
    }

    @Override
    public void message(String text) {
        line(text);
    }

    @Override
    public void caseStarted(int index, int total, PlannedRun run) {
        current = run.environment().name() + " " + run.testCase().benchmark() + " " + run.testCase().label()
                + (run.warmup() ? " warm-up " : " rep ") + run.repetition();
        line("[" + (index + 1) + "/" + total + "] " + current);
    }

    @Override
    public void caseFailed(PlannedRun run, String reason) {
        line("  failed: " + reason);
    }

    @Override
    public void progress(RunProgress p) {
        String envs = p.environments().stream().map(e -> e.environment() + " " + e.done() + "/" + e.total())
                .collect(Collectors.joining(", "));
        String left = p.done() == p.total() ? "done"
                : p.remaining().map(d -> d.toSeconds() < 1 ? "under a second left" : "about " + human(d) + " left")
                .orElse("time left not known yet");
        String counts = p.done() + "/" + p.total() + " runs" + (p.failed() > 0 ? ", " + p.failed() + " failed" : "");
        if (terminal) {
            status = fit(counts + " · " + left + " · " + envs + (current.isEmpty() ? "" : " · last: " + current));
            redraw();
        } else if (p.done() > 0) {
            line("  progress: " + counts + ", " + left + " (" + envs + ")");
        }
    }

    @Override
    public void paused(boolean paused) {
        line(paused ? "Paused after the running repetition." : "Resumed.");
    }

    @Override
    public void runFinished(RunReport report) {
        status = "";
        line("");
        line("Completed " + report.completed() + " of " + report.planned() + " repetitions.");
        if (!report.failures().isEmpty()) {
            line("Failed: " + report.failures().size() + ". Their reasons (details in raw/RUN_ID.failed):");
            for (RunReport.Failure f : report.failures()) {
                line("  " + (f.runId().isEmpty() ? "" : f.runId() + ": ") + f.reason());
            }
        }
        if (!report.warmupFailures().isEmpty()) {
            line("Warm-ups that failed (they cost no repetition): " + report.warmupFailures().size() + ".");
            report.warmupFailures().forEach(f -> line("  " + f.runId() + ": " + f.reason()));
        }
        if (report.cancelled()) {
            line("Cancelled. Run the same command again (or add --resume) to go on where it stopped.");
        } else if (!report.failures().isEmpty()) {
            line("Fix the cause and run the same command again: only the missing repetitions run.");
        }
        out.flush();
    }

    /** A log line; on a terminal it replaces the progress line, which is drawn again below it. */
    private void line(String text) {
        if (terminal && !status.isEmpty()) {
            out.print("\r" + " ".repeat(LINE_WIDTH) + "\r");
        }
        out.println(text);
        redraw();
    }

    private void redraw() {
        if (terminal && !status.isEmpty()) {
            out.print("\r" + status + " ".repeat(Math.max(0, LINE_WIDTH - status.length())) + "\r" + status);
        }
        out.flush();
    }

    private static String fit(String text) {
        return text.length() <= LINE_WIDTH ? text : text.substring(0, LINE_WIDTH - 1) + "…";
    }

    /** 45 s, 12 min, 3 h 05 min: as precise as an estimate deserves. */
    static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 90) {
            return s + " s";
        }
        long min = Math.round(s / 60.0);
        return min < 90 ? min + " min" : (min / 60) + " h " + String.format(java.util.Locale.ROOT, "%02d", min % 60) + " min";
    }
}
