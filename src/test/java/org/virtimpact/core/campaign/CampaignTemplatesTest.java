package org.virtimpact.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPlanner;

class CampaignTemplatesTest {

    private final CampaignStore store = new CampaignStore();
    private final CampaignTemplates templates = new CampaignTemplates(store);

    @TempDir
    Path dir;

    @Test
    void quickstartTemplateIsTheBundledSample() throws Exception {
        Campaign created = templates.create(dir.resolve("q"), CampaignTemplates.QUICKSTART);

        assertEquals(store.load(Path.of("samples", "quickstart")), created);
    }

    @Test
    void xen2008TemplateHasTheStudysMatrixAndPlans() throws Exception {
        Campaign c = templates.create(dir.resolve("x"), CampaignTemplates.XEN_2008);

        assertEquals(List.of("Xen PV", "Xen HVM"), c.environments().stream().map(Environment::name).toList());
        assertTrue(c.environments().stream().allMatch(e -> e.target().usesSshConfig()));
        assertEquals(10, c.settings().repetitions());
        BenchmarkSpec dd = c.benchmarks().get(0);
        assertEquals(Map.of("size", List.of("128M", "256M", "512M", "1G", "2G", "4G"), "block", List.of("512")),
                dd.axes());
        RunPlan plan = new RunPlanner(BenchmarkCatalog.standard()).plan(dir, c, ResultSet.empty());
        // per environment: 6 dd sizes, membw, linpack, netperf TCP x 3 messages and UDP x 2
        assertEquals(2 * (6 + 1 + 1 + 3 + 2) * 10, plan.runs().stream().filter(r -> !r.warmup()).count());
    }

    @Test
    void anEmptyExistingFolderIsUsed() throws Exception {
        Files.createDirectories(dir.resolve("empty"));

        templates.create(dir.resolve("empty"), CampaignTemplates.QUICKSTART);

        assertTrue(Files.isRegularFile(dir.resolve("empty").resolve(CampaignStore.CAMPAIGN_FILE)));
    }

    @Test
    void aNonEmptyFolderIsRefusedAndLeftAlone() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");

        CampaignException e = assertThrows(CampaignException.class,
                () -> templates.create(dir, CampaignTemplates.QUICKSTART));

        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), files.toList());
        }
    }

    @Test
    void unknownTemplateNamesTheKnownOnes() {
        CampaignException e = assertThrows(CampaignException.class, () -> templates.create(dir.resolve("n"), "xen"));

        assertTrue(e.getMessage().contains("quickstart, xen-2008"), e.getMessage());
    }
}
