package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

/** Randomized and sequential order, seeds, and where warm-ups go. */
class RunOrderTest {

    @TempDir
    Path dir;

    private static final Environment PV = Fixtures.local("pv", Path.of("/tmp"));
    private static final Environment HVM = Fixtures.local("hvm", Path.of("/tmp"));
    private final RunPlanner planner = new RunPlanner(TickBenchmark.catalog(), () -> 42L);

    private static Campaign campaign(Settings settings) {
        return Fixtures.campaign(List.of(PV, HVM), List.of(TickBenchmark.spec("1", "2", "3")), settings);
    }

    private static Settings randomized(int repetitions, long seed) {
        return Fixtures.plain(repetitions).withOrder(Settings.Order.RANDOMIZED, seed);
    }

    private static List<String> ids(RunPlan plan) {
        return plan.runs().stream().map(PlannedRun::runId).toList();
    }

    private static List<Sample> recorded(List<PlannedRun> runs, String status) {
        return runs.stream().map(r -> new Sample(r.runId(), Instant.EPOCH, r.environment().name(), "Other",
                TickBenchmark.ID, "value", 1, "1", r.repetition(), status, r.testCase().params())).toList();
    }

    @Test
    void randomizedOrderRunsEachRoundWholeBeforeTheNext() throws Exception {
        RunPlan plan = planner.plan(dir, campaign(randomized(4, 7)), ResultSet.empty());

        List<Integer> reps = plan.runs().stream().map(PlannedRun::repetition).toList();
        for (int round = 0; round < 4; round++) {
            List<PlannedRun> slice = plan.runs().subList(round * 6, round * 6 + 6);
            assertEquals(6, slice.stream().map(PlannedRun::cellId).distinct().count(), "round " + round);
            assertTrue(slice.stream().allMatch(r -> r.repetition() == slice.get(0).repetition()), reps::toString);
        }
    }

    @Test
    void randomizedOrderInterleavesEnvironmentsAndCells() throws Exception {
        RunPlan plan = planner.plan(dir, campaign(randomized(10, 7)), ResultSet.empty());
        RunPlan sequential = planner.plan(dir, campaign(Fixtures.plain(10)), ResultSet.empty());

        assertEquals(new HashSet<>(ids(sequential)), new HashSet<>(ids(plan)), "the same runs");
        assertNotEquals(ids(sequential), ids(plan));
        long switches = 0;
        for (int i = 1; i < plan.runs().size(); i++) {
            if (!plan.runs().get(i).environment().equals(plan.runs().get(i - 1).environment())) {
                switches++;
            }
        }
        // sequential switches environment once; a shuffled round of 3+3 cells switches several times
        assertTrue(switches > 10, "environment switches: " + switches);
    }

    @Test
    void theSameSeedGivesTheSameOrderAndAnotherSeedAnother() throws Exception {
        List<String> first = ids(planner.plan(dir, campaign(randomized(5, 7)), ResultSet.empty()));
        List<String> again = ids(planner.plan(dir, campaign(randomized(5, 7)), ResultSet.empty()));
        List<String> other = ids(planner.plan(dir, campaign(randomized(5, 8)), ResultSet.empty()));

        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void aRandomizedCampaignWithoutSeedGetsOneInItsPlan() throws Exception {
        RunPlan plan = planner.plan(dir, campaign(randomized(2, 0)), ResultSet.empty());

        assertEquals(42L, plan.campaign().settings().seed());
        assertEquals(ids(planner.plan(dir, campaign(randomized(2, 42)), ResultSet.empty())), ids(plan));
    }

    @Test
    void raisingRepetitionsAddsRoundsAndKeepsTheEarlierOnesInTheirOrder() throws Exception {
        List<String> five = ids(planner.plan(dir, campaign(randomized(5, 3)), ResultSet.empty()));
        List<String> ten = ids(planner.plan(dir, campaign(randomized(10, 3)), ResultSet.empty()));

        assertEquals(five, ten.subList(0, five.size()));
    }

    @Test
    void resumeKeepsTheOrderOfWhatIsLeft() throws Exception {
        RunPlan fresh = planner.plan(dir, campaign(randomized(3, 11)), ResultSet.empty());
        List<PlannedRun> doneRuns = List.of(fresh.runs().get(0), fresh.runs().get(5), fresh.runs().get(9));

        RunPlan resumed = planner.plan(dir, campaign(randomized(3, 11)), new ResultSet(recorded(doneRuns, Sample.OK),
                List.of()));

        List<String> expected = new ArrayList<>(ids(fresh));
        doneRuns.forEach(r -> expected.remove(r.runId()));
        assertEquals(expected, ids(resumed));
        assertEquals(3, resumed.alreadyDone());
    }

    @Test
    void warmupsRunRightBeforeEachCellsFirstRepetition() throws Exception {
        RunPlan plan = planner.plan(dir, campaign(randomized(3, 5).withWarmups(2)), ResultSet.empty());

        assertEquals(18, plan.repetitions());
        assertEquals(12, plan.warmups());
        Set<String> measured = new HashSet<>();
        for (int i = 0; i < plan.runs().size(); i++) {
            PlannedRun run = plan.runs().get(i);
            if (run.warmup()) {
                assertTrue(!measured.contains(run.cellId()), "a warm-up after its cell's first repetition: " + run);
                continue;
            }
            if (measured.add(run.cellId())) {
                PlannedRun before = plan.runs().get(i - 1);
                assertTrue(before.warmup() && before.cellId().equals(run.cellId()) && before.repetition() == 2,
                        "warm-up 2 of " + run.cellId() + " right before its first repetition, not " + before);
            }
        }
        assertTrue(plan.runs().stream().filter(PlannedRun::warmup).allMatch(r -> r.runId().matches(".*\\.w0[12]")));
    }

    @Test
    void aResumedRunsWarmupsAreNumberedAfterTheOnesAlreadyKept() throws Exception {
        Settings settings = Fixtures.plain(2).withWarmups(1);
        Campaign one = Fixtures.campaign(List.of(PV), List.of(TickBenchmark.spec("1")), settings);
        RunPlan fresh = planner.plan(dir, one, ResultSet.empty());
        PlannedRun firstWarmup = fresh.runs().get(0);
        List<Sample> kept = new ArrayList<>(recorded(List.of(firstWarmup), PlannedRun.WARMUP));
        kept.addAll(recorded(List.of(fresh.runs().get(1)), Sample.OK));
        // a second warm-up that failed left only its raw files
        Files.createDirectories(dir.resolve(Journal.RAW));
        Files.writeString(dir.resolve(Journal.RAW).resolve(firstWarmup.cellId() + ".w02.failed"), "gone\n");

        RunPlan resumed = planner.plan(dir, one, new ResultSet(kept, List.of()));

        assertEquals(List.of(firstWarmup.cellId() + ".w03", firstWarmup.cellId() + ".r02"), ids(resumed));
        assertEquals(1, resumed.alreadyDone(), "the warm-up's rows are no repetition");
    }

    @Test
    void warmupRowsAloneLeaveTheRepetitionToRun() throws Exception {
        Campaign one = Fixtures.campaign(List.of(PV), List.of(TickBenchmark.spec("1")), Fixtures.plain(1));
        PlannedRun rep = planner.plan(dir, one, ResultSet.empty()).runs().get(0);
        Sample warmupRowWithTheRepetitionsId = recorded(List.of(rep), PlannedRun.WARMUP).get(0);

        RunPlan plan = planner.plan(dir, one, new ResultSet(List.of(warmupRowWithTheRepetitionsId), List.of()));

        assertEquals(List.of(rep), plan.runs());
        assertTrue(!warmupRowWithTheRepetitionsId.counts(), "statistics leave warm-up rows out");
    }

    @Test
    void sequentialOrderIsEnvironmentCellRepetitionWithWarmupsFirst() throws Exception {
        RunPlan plan = planner.plan(dir, Fixtures.campaign(List.of(PV, HVM), List.of(TickBenchmark.spec("1", "2")),
                Fixtures.plain(2).withWarmups(1)), ResultSet.empty());

        List<String> order = plan.runs().stream().map(r -> r.environment().name() + " " + r.testCase().param("ms", "")
                + (r.warmup() ? " w" : " r") + r.repetition()).toList();
        assertEquals(List.of("pv 1 w1", "pv 1 r1", "pv 1 r2", "pv 2 w1", "pv 2 r1", "pv 2 r2",
                "hvm 1 w1", "hvm 1 r1", "hvm 1 r2", "hvm 2 w1", "hvm 2 r1", "hvm 2 r2"), order);
    }
}
