package org.virtimpact.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;

/** The quickstart sample, shrunk so a whole run takes a second or two. */
public final class TestCampaigns {

    public static final Path QUICKSTART = Path.of("samples", "quickstart");

    private TestCampaigns() {
    }

    /** Writes a shrunk copy of the quickstart into {@code dir}; scratch files go to {@code scratch}. */
    public static Campaign quickstartCopy(Path dir, Path scratch) throws CampaignException {
        CampaignStore store = new CampaignStore();
        Campaign original = store.load(QUICKSTART);
        List<Environment> envs = original.environments().stream().map(e -> new Environment(e.name(), e.mode(),
                e.group(), e.target(), scratch.toString(), e.peer())).toList();
        Map<String, List<String>> ddAxes = new LinkedHashMap<>();
        ddAxes.put("size", List.of("1M"));
        ddAxes.put("block", List.of("512"));
        Campaign shrunk = new Campaign(original.name(), original.description(), envs, List.of(
                new BenchmarkSpec("dd", ddAxes, Map.of()),
                new BenchmarkSpec("membw", Map.of("array", List.of("1M")), Map.of("ntimes", "3"))),
                new Settings(2, 60));
        store.save(dir, shrunk);
        return shrunk;
    }
}
