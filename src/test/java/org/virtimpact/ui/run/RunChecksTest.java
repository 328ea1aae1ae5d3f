package org.virtimpact.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.preflight.CheckTable;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;

/** The gate between a plan and its run, without a toolkit: what each way out of the checks leads to. */
class RunChecksTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    private final DirectBackground background = new DirectBackground();
    private final List<String> steps = new ArrayList<>();
    private final RunChecks.Next next = new RunChecks.Next(s -> steps.add("status: " + s),
            p -> steps.add("launch"), p -> steps.add("anyway"), s -> steps.add("stop: " + s),
            e -> steps.add("failed: " + e.getMessage()));

    private RunPlan plan() throws CampaignException {
        OpenCampaign open = RunFixtures.tinyDd(dir, scratch, 2);
        Environment env = open.campaign().environments().get(0);
        TestCase dd = new TestCase("dd", Map.of(), Map.of());
        return new RunPlan(dir, open.campaign(), List.of(new PlannedRun(env, dd, 1), new PlannedRun(env, dd, 2)), 0);
    }

    private RunChecks gated(RunGate.Checks checks) {
        return new RunChecks(Optional.of(new RunGate(checks, (report, anyway) -> { }, () -> false)), background,
                RunFixtures.ENGLISH, next);
    }

    private static PreflightReport empty(boolean cancelled) {
        return new PreflightReport(new CheckTable(CheckTable.CAMPAIGN, "", List.of()), List.of(), Map.of(), List.of(),
                cancelled);
    }

    @Test
    void withoutAGateThePlanLaunchesAtOnce() throws Exception {
        new RunChecks(Optional.empty(), background, RunFixtures.ENGLISH, next).check(plan());
        assertEquals(List.of("launch"), steps);
    }

    @Test
    void checksEachEnvironmentOnceHoweverManyRepetitionsItRuns() throws Exception {
        gated((d, campaign, envs, cancel) -> empty(false)).check(plan());
        assertEquals(List.of("status: " + RunFixtures.ENGLISH.get("run.checking", 1), "launch"), steps);
    }

    @Test
    void cancelDuringTheChecksStopsTheRunBeforeItStarts() throws Exception {
        background.hold();
        RunChecks checks = gated((d, campaign, envs, cancel) -> empty(cancel.isCancelled()));
        checks.check(plan());
        checks.cancel();
        background.held().get(0).run();
        assertEquals("stop: " + RunFixtures.ENGLISH.get("run.checks.cancelled"), steps.get(steps.size() - 1));
    }

    @Test
    void checksThatCannotRunAreReportedAsSuch() throws Exception {
        gated((d, campaign, envs, cancel) -> {
            throw new IllegalStateException("no route to host");
        }).check(plan());
        assertTrue(steps.contains("failed: no route to host"), steps::toString);
    }
}
