package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

class RunPlannerTest {

    private static final Path DIR = Path.of("/campaign");
    private static final Environment NATIVE = Fixtures.local("native", Path.of("/tmp"));
    private static final Environment XEN = Fixtures.local("xen", Path.of("/tmp"));

    private final RunPlanner planner = Fixtures.planner();

    private static BenchmarkSpec ddSizes(String... sizes) {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("size", List.of(sizes));
        axes.put("block", List.of("512"));
        return new BenchmarkSpec("dd", axes, Map.of());
    }

    private static String problems(Campaign campaign) {
        PlanException e = assertThrows(PlanException.class,
                () -> Fixtures.planner().plan(DIR, campaign, ResultSet.empty()));
        return String.join("\n", e.problems());
    }

    /** The ok samples a finished run leaves, as resume reads them back. */
    private static List<Sample> done(PlannedRun run, String status) {
        return List.of(new Sample(run.runId(), Instant.EPOCH, run.environment().name(), "Disk", "dd", "write_rate",
                1, "MB/s", run.repetition(), status, run.testCase().params()));
    }

    @Test
    void listsEveryInvalidSizeNamingItsValue() {
        String problems = problems(Fixtures.campaign(List.of(NATIVE), List.of(ddSizes("-1", "12Q", "0")), 1));

        assertTrue(problems.contains("'-1'"), problems);
        assertTrue(problems.contains("'12Q'"), problems);
        assertTrue(problems.contains("'0' is zero"), problems);
    }

    @Test
    void refusesAnUnknownBenchmarkNamingTheKnownOnes() {
        String problems = problems(Fixtures.campaign(List.of(NATIVE),
                List.of(new BenchmarkSpec("netperf-typo", Map.of(), Map.of())), 1));

        assertTrue(problems.contains("Unknown benchmark 'netperf-typo'; known: [dd, membw"), problems);
    }

    @Test
    void refusesACampaignWithoutEnvironment() {
        String problems = problems(Fixtures.campaign(List.of(), List.of(ddSizes("1M")), 1));

        assertTrue(problems.contains("no environment"), problems);
    }

    @Test
    void reportsAllProblemsAtOnceEachOnce() {
        PlanException e = assertThrows(PlanException.class, () -> planner.plan(DIR, Fixtures.campaign(List.of(),
                List.of(ddSizes("-1", "-1"), new BenchmarkSpec("nope", Map.of(), Map.of()),
                        Fixtures.membw("1M", "1")), 1), ResultSet.empty()));

        // no environment, the size -1 (once, though two cells carry it), nope, ntimes 1
        assertEquals(4, e.problems().size(), String.join("\n", e.problems()));
    }

    @Test
    void refusesEnvironmentsWhoseRunIdsWouldCollide() {
        // "xen pv" and "xen-pv" share the slug xen-pv: one's raw files and resume state would be the other's
        String problems = problems(Fixtures.campaign(List.of(Fixtures.local("xen pv", Path.of("/tmp")),
                Fixtures.local("xen-pv", Path.of("/tmp"))), List.of(ddSizes("1M")), 1));

        assertTrue(problems.contains("xen pv") && problems.contains("xen-pv"), problems);
    }

    @Test
    void refusesAValueRepeatedOnOneAxis() {
        // both cells would be one run id, so the second would silently overwrite the first's raw output
        String problems = problems(Fixtures.campaign(List.of(NATIVE), List.of(ddSizes("1M", "1M")), 1));

        assertTrue(problems.contains("would share the run id native.dd.size-1M_block-512"), problems);
    }

    @Test
    void plansEnvironmentThenCellThenRepetition() throws PlanException {
        RunPlan plan = planner.plan(DIR, Fixtures.campaign(List.of(NATIVE, XEN), List.of(ddSizes("1M", "2M")), 2),
                ResultSet.empty());

        List<String> order = plan.runs().stream()
                .map(r -> r.environment().name() + " " + r.testCase().param("size", "") + " " + r.repetition())
                .toList();
        assertEquals(List.of("native 1M 1", "native 1M 2", "native 2M 1", "native 2M 2",
                "xen 1M 1", "xen 1M 2", "xen 2M 1", "xen 2M 2"), order);
        assertEquals(0, plan.alreadyDone());
    }

    @Test
    void resumeSkipsRepetitionsWithOkSamplesAndCountsThem() throws PlanException {
        Campaign campaign = Fixtures.campaign(List.of(NATIVE), List.of(ddSizes("1M", "2M")), 3);
        RunPlan fresh = planner.plan(DIR, campaign, ResultSet.empty());
        List<Sample> existing = new ArrayList<>();
        existing.addAll(done(fresh.runs().get(0), Sample.OK));
        existing.addAll(done(fresh.runs().get(4), Sample.OK));

        RunPlan resumed = planner.plan(DIR, campaign, new ResultSet(existing, List.of()));

        assertEquals(2, resumed.alreadyDone());
        assertEquals(4, resumed.runs().size());
        assertTrue(resumed.runs().stream().noneMatch(r -> r.equals(fresh.runs().get(0))));
        assertTrue(resumed.runs().stream().noneMatch(r -> r.equals(fresh.runs().get(4))));
    }

    @Test
    void resumeRunsAgainWhatOnlyHasFailedSamples() throws PlanException {
        Campaign campaign = Fixtures.campaign(List.of(NATIVE), List.of(ddSizes("1M")), 1);
        PlannedRun only = planner.plan(DIR, campaign, ResultSet.empty()).runs().get(0);

        RunPlan resumed = planner.plan(DIR, campaign, new ResultSet(done(only, "failed"), List.of()));

        assertEquals(List.of(only), resumed.runs());
        assertEquals(0, resumed.alreadyDone());
    }

    @Test
    void raisingRepetitionsPlansOnlyTheNewOnes() throws PlanException {
        Campaign two = Fixtures.campaign(List.of(NATIVE), List.of(ddSizes("1M")), 2);
        List<Sample> existing = new ArrayList<>();
        planner.plan(DIR, two, ResultSet.empty()).runs().forEach(r -> existing.addAll(done(r, Sample.OK)));
        Campaign five = Fixtures.campaign(List.of(NATIVE), List.of(ddSizes("1M")), 5);

        RunPlan more = planner.plan(DIR, five, new ResultSet(existing, List.of()));

        assertEquals(List.of(3, 4, 5), more.runs().stream().map(PlannedRun::repetition).toList());
        assertEquals(2, more.alreadyDone());
    }
}
