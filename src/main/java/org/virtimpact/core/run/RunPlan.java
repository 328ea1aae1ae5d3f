package org.virtimpact.core.run;

import java.nio.file.Path;
import java.util.List;
import org.virtimpact.core.campaign.Campaign;

/**
 * What a run will do: the campaign, its folder, and the runs still to do, in order: the missing
 * repetitions, each cell's warm-ups just before its first one.
 *
 * @param alreadyDone repetitions found in results.csv and skipped
 */
public record RunPlan(Path campaignDir, Campaign campaign, List<PlannedRun> runs, int alreadyDone) {

    public RunPlan {
        runs = List.copyOf(runs);
    }

    /** The measured repetitions among the runs, warm-ups left out. */
    public int repetitions() {
        return (int) runs.stream().filter(r -> !r.warmup()).count();
    }

    public int warmups() {
        return runs.size() - repetitions();
    }
}
