package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.results.ResultSet;

/** A cell builds the agents it uses, not every agent its benchmark knows. */
class CellAgentsTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    @Test
    void aDoublePrecisionCellBuildsOnlyTheDoublePrecisionLinpack() throws Exception {
        Fixtures.RecordingShell shell = new Fixtures.RecordingShell(new LocalShell(), null);
        RunPlan plan = Fixtures.planner().plan(dir, Fixtures.campaign(List.of(Fixtures.local("cpu", scratch)),
                List.of(new BenchmarkSpec("linpack", Map.of("precision", List.of("double")), Map.of())),
                Fixtures.plain(1)), ResultSet.empty());

        RunReport report = new CampaignRunner(env -> shell, BenchmarkCatalog.standard(), Clock.systemUTC())
                .run(plan, RunListener.NONE, new CancellationToken());

        assertTrue(report.allDone(), report::toString);
        assertEquals(1, shell.uploads.size(), shell.uploads::toString);
        assertTrue(shell.uploads.get(0).contains("/linpack-dp-"), shell.uploads::toString);
    }
}
