package org.virtimpact.core.run;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where a run stands: runs finished (measured or failed, warm-ups included) out of the plan's,
 * overall and per environment, with the time still needed as learnt from the runs so far.
 *
 * @param remaining empty until a duration is known for what is left
 */
public record RunProgress(int total, int done, int failed, Optional<Duration> remaining,
                          List<EnvironmentProgress> environments) {

    public RunProgress {
        environments = List.copyOf(environments);
    }

    /** One environment's share; its time is when its last run should end, given the order. */
    public record EnvironmentProgress(String environment, int total, int done, int failed,
                                      Optional<Duration> remaining) {

        public double fraction() {
            return total == 0 ? 1 : (double) done / total;
        }
    }

    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
