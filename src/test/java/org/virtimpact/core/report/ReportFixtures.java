package org.virtimpact.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.results.Sample;

/** Small campaigns and samples for report tests. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static Campaign campaign(String... envs) {
        List<Environment> list = new ArrayList<>();
        for (String e : envs) {
            list.add(new Environment(e, "", "", Target.local(), "/tmp", ""));
        }
        return new Campaign("study", "", list, List.of(), null);
    }

    static List<Sample> runs(String env, String device, String bench, String metric, String unit,
                             Map<String, String> axes, double... values) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new Sample(env + "." + bench + "." + metric + axes + ".r" + i, Instant.EPOCH, env, device, bench,
                    metric, values[i], unit, i + 1, Sample.OK, axes));
        }
        return out;
    }
}
