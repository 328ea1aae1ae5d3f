package org.virtimpact.core.run;

import java.nio.file.Path;
import java.util.List;
import org.virtimpact.core.campaign.Campaign;

/** What a run will do: the campaign, its folder, and the repetitions still to measure, in order. */
public record RunPlan(Path campaignDir, Campaign campaign, List<PlannedRun> runs, int alreadyDone) {

    public RunPlan {
        runs = List.copyOf(runs);
    }
}
