package org.virtimpact.core.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;

/**
 * Splits a plan into lanes that may run at the same time. Environments of one physical host group
 * share a lane, since two guests measured at once on one host disturb each other; environments
 * without a group share one lane (nothing runs in parallel unless the researcher said which
 * hardware differs); and an environment shares the lane of the environment it uses as managed
 * peer, whose server its network runs load.
 */
final class HostGroups {

    private HostGroups() {
    }

    /** The runs of each lane, in plan order; lanes in the order their first run appears. */
    static List<List<PlannedRun>> lanes(Campaign campaign, List<PlannedRun> runs) {
        Map<String, String> parent = new HashMap<>();
        for (Environment env : campaign.environments()) {
            union(parent, env.name(), "group:" + env.group().strip());
            managedPeer(env).ifPresent(peer -> union(parent, env.name(), peer));
        }
        Map<String, List<PlannedRun>> lanes = new LinkedHashMap<>();
        for (PlannedRun run : runs) {
            lanes.computeIfAbsent(find(parent, run.environment().name()), k -> new ArrayList<>()).add(run);
        }
        return List.copyOf(lanes.values());
    }

    private static java.util.Optional<String> managedPeer(Environment env) {
        try {
            PeerRef ref = PeerRef.parse(env.peer());
            return ref.managed() ? java.util.Optional.of(ref.environment()) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            // the planner refused such a peer already; here it only joins nothing
            return java.util.Optional.empty();
        }
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }
}
