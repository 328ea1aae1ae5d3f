package org.virtimpact.core.run;

import java.util.List;
import org.virtimpact.core.text.Message;

/**
 * How a run ended: what was measured, what failed and why, whether it was cancelled.
 *
 * @param planned        the measured repetitions the plan held, warm-ups left out
 * @param completed      those measured and recorded
 * @param failures       repetitions that failed after their last attempt, with the reason
 * @param warmupFailures warm-ups that failed; they cost no repetition, so they don't make the run incomplete
 */
public record RunReport(int planned, int completed, List<Failure> failures, boolean cancelled,
                        List<Failure> warmupFailures) {

    /** @param explanation why it failed, for a screen to put in the person's language */
    public record Failure(String runId, String environment, Message explanation) {

        public Failure(String runId, String environment, String reason) {
            this(runId, environment, Message.verbatim(reason));
        }

        /** Why it failed, in English. */
        public String reason() {
            return explanation.english();
        }
    }

    public RunReport {
        failures = List.copyOf(failures);
        warmupFailures = warmupFailures == null ? List.of() : List.copyOf(warmupFailures);
    }

    public RunReport(int planned, int completed, List<Failure> failures, boolean cancelled) {
        this(planned, completed, failures, cancelled, List.of());
    }

    public boolean allDone() {
        return !cancelled && failures.isEmpty() && completed == planned;
    }
}
