package org.virtimpact.core.run;

import java.util.List;

/** How a run ended: what was measured, what failed and why, whether it was cancelled. */
public record RunReport(int planned, int completed, List<Failure> failures, boolean cancelled) {

    public record Failure(String runId, String environment, String reason) {
    }

    public RunReport {
        failures = List.copyOf(failures);
    }

    public boolean allDone() {
        return !cancelled && failures.isEmpty() && completed == planned;
    }
}
