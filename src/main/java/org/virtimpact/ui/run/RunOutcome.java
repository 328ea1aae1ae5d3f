package org.virtimpact.ui.run;

import java.util.List;
import java.util.stream.Collectors;
import org.virtimpact.core.run.RunReport;

/** How a finished run is told: one status line, and the distinct reasons of what failed. */
final class RunOutcome {

    private static final int REASONS_SHOWN = 5;

    private RunOutcome() {
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

    static String reasons(RunReport report) {
        List<String> distinct = report.failures().stream().map(RunReport.Failure::reason).distinct().toList();
        String shown = distinct.stream().limit(REASONS_SHOWN).map(r -> "• " + r).collect(Collectors.joining("\n"));
        return distinct.size() > REASONS_SHOWN
                ? shown + "\n• … and " + (distinct.size() - REASONS_SHOWN) + " more" : shown;
    }
}
