package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

/** Warm-ups, host groups, pauses and progress, on real local processes. */
class CampaignRunnerScheduleTest {

    @TempDir
    Path campaignDir;
    @TempDir
    Path scratch;

    private final ExecutorService workers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    /** When each run of an environment started and ended, in nanoseconds, as the listener saw it. */
    private record Span(String environment, long start, long end) {
    }

    private static class Timeline implements RunListener {
        final List<Span> spans = new CopyOnWriteArrayList<>();
        final List<RunProgress> progress = new CopyOnWriteArrayList<>();
        final List<String> events = new CopyOnWriteArrayList<>();
        private final Map<String, Long> started = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void caseStarted(int index, int total, PlannedRun run) {
            started.put(run.runId(), System.nanoTime());
            events.add("started " + run.runId());
        }

        @Override
        public void sampleRecorded(Sample sample) {
            Long start = started.remove(sample.runId());
            if (start != null) {
                spans.add(new Span(sample.environment(), start, System.nanoTime()));
            }
        }

        @Override
        public void progress(RunProgress p) {
            progress.add(p);
        }

        @Override
        public void paused(boolean paused) {
            events.add(paused ? "paused" : "resumed");
        }
    }

    private RunReport run(Campaign campaign, Timeline timeline, PauseControl pause) throws Exception {
        RunPlan plan = new RunPlanner(TickBenchmark.catalog()).plan(campaignDir, campaign, ResultSet.empty());
        return new CampaignRunner(env -> new LocalShell(), TickBenchmark.catalog(), Clock.systemUTC(),
                Optional.of(workers)).run(plan, timeline, new CancellationToken(), pause);
    }

    private static boolean overlap(List<Span> spans, String a, String b) {
        for (Span x : spans) {
            for (Span y : spans) {
                if (x.environment().equals(a) && y.environment().equals(b) && x.start() < y.end()
                        && y.start() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Sample> results() throws Exception {
        return new CsvResults().read(campaignDir.resolve(Journal.RESULTS)).samples();
    }

    @Test
    void warmupsAreKeptWithTheirOwnStatusAndRawOutputButCountForNothing() throws Exception {
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("pv", scratch)),
                List.of(TickBenchmark.spec("1", "2")), Fixtures.plain(3).withWarmups(1));

        RunReport report = run(campaign, new Timeline(), PauseControl.none());

        assertTrue(report.allDone(), report::toString);
        assertEquals(6, report.planned(), "warm-ups are not repetitions");
        List<Sample> warmups = results().stream().filter(s -> PlannedRun.WARMUP.equals(s.status())).toList();
        assertEquals(2, warmups.size());
        assertTrue(warmups.stream().noneMatch(Sample::counts));
        assertEquals(6, results().stream().filter(Sample::counts).count());
        for (Sample w : warmups) {
            assertTrue(Files.isRegularFile(campaignDir.resolve(Journal.RAW).resolve(w.runId() + ".stdout")), w.runId());
        }
    }

    @Test
    void groupsRunInParallelButEnvironmentsOfOneGroupNever() throws Exception {
        Environment a1 = Fixtures.local("a1", "host-a", scratch);
        Environment a2 = Fixtures.local("a2", "host-a", scratch);
        Environment b1 = Fixtures.local("b1", "host-b", scratch);
        Settings settings = Fixtures.plain(3).withOrder(Settings.Order.RANDOMIZED, 9).withParallelGroups(true);
        Campaign campaign = Fixtures.campaign(List.of(a1, a2, b1), List.of(TickBenchmark.spec("150")), settings);
        Timeline timeline = new Timeline();

        RunReport report = run(campaign, timeline, PauseControl.none());

        assertTrue(report.allDone(), report::toString);
        assertTrue(overlap(timeline.spans, "a1", "b1") || overlap(timeline.spans, "a2", "b1"),
                "host-b ran alongside host-a: " + timeline.spans);
        assertFalse(overlap(timeline.spans, "a1", "a2"), "one host group never runs two environments at once");
        assertEquals(9, results().stream().map(Sample::runId).distinct().count());
    }

    @Test
    void withoutParallelGroupsNothingOverlaps() throws Exception {
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("a", "host-a", scratch),
                Fixtures.local("b", "host-b", scratch)), List.of(TickBenchmark.spec("100")), Fixtures.plain(2));
        Timeline timeline = new Timeline();

        run(campaign, timeline, PauseControl.none());

        assertFalse(overlap(timeline.spans, "a", "b"), timeline.spans.toString());
    }

    @Test
    void thePauseBetweenRunsIsKept() throws Exception {
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("a", scratch)), List.of(TickBenchmark.spec("1")),
                Fixtures.plain(3).withPauseSeconds(1));
        Timeline timeline = new Timeline();

        run(campaign, timeline, PauseControl.none());

        List<Span> spans = new ArrayList<>(timeline.spans);
        for (int i = 1; i < spans.size(); i++) {
            long gap = spans.get(i).start() - spans.get(i - 1).end();
            assertTrue(gap >= TimeUnit.MILLISECONDS.toNanos(950), "gap " + gap / 1_000_000 + " ms");
        }
    }

    @Test
    void pauseFinishesTheRunningRepetitionThenWaitsUntilResumed() throws Exception {
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("a", scratch)), List.of(TickBenchmark.spec("50")),
                Fixtures.plain(4));
        PauseControl pause = new PauseControl();
        Timeline timeline = new Timeline() {
            @Override
            public void sampleRecorded(Sample sample) {
                super.sampleRecorded(sample);
                if (sample.repetition() == 2) {
                    pause.pause();
                }
            }
        };
        CompletableFuture<RunReport> running = CompletableFuture.supplyAsync(() -> {
            try {
                return run(campaign, timeline, pause);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, workers);

        Testing.await(Duration.ofSeconds(20), () -> timeline.events.contains("paused"));
        Testing.sleep(Duration.ofMillis(500));
        assertEquals(2, timeline.spans.size(), "nothing runs while paused");
        pause.resume();
        RunReport report = running.get(20, TimeUnit.SECONDS);

        assertTrue(report.allDone(), report::toString);
        assertEquals(List.of("paused", "resumed"), timeline.events.stream().filter(e -> !e.startsWith("started"))
                .toList());
    }

    @Test
    void progressCountsEveryRunPerEnvironmentAndLearnsTheTimeLeft() throws Exception {
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("a", scratch), Fixtures.local("b", scratch)),
                List.of(TickBenchmark.spec("100")), Fixtures.plain(3).withWarmups(1));
        Timeline timeline = new Timeline();

        run(campaign, timeline, PauseControl.none());

        RunProgress first = timeline.progress.get(0);
        RunProgress second = timeline.progress.get(1);
        RunProgress last = timeline.progress.get(timeline.progress.size() - 1);
        assertEquals(8, first.total(), "3 repetitions and a warm-up on each of two environments");
        assertTrue(first.remaining().isEmpty(), "nothing to learn from before the first run");
        Duration left = second.remaining().orElseThrow();
        // 7 runs of about 100 ms each are left; the runner's own time adds to it, never halves it
        assertTrue(left.toMillis() >= 7 * 90 && left.toMillis() < 7 * 2000, "estimate " + left);
        assertEquals(8, last.done());
        assertEquals(Duration.ZERO, last.remaining().orElseThrow());
        assertEquals(List.of("a", "b"), last.environments().stream().map(RunProgress.EnvironmentProgress::environment)
                .toList());
        assertTrue(last.environments().stream().allMatch(e -> e.done() == 4 && e.total() == 4));
    }

    @Test
    void theTimeLeftIsKnownFromTheStartWhenEarlierRunsOfTheCellsAreInRaw() throws Exception {
        Campaign two = Fixtures.campaign(List.of(Fixtures.local("a", scratch)), List.of(TickBenchmark.spec("100")),
                Fixtures.plain(2));
        run(two, new Timeline(), PauseControl.none());
        Campaign four = Fixtures.campaign(List.of(Fixtures.local("a", scratch)), List.of(TickBenchmark.spec("100")),
                Fixtures.plain(4));
        RunPlan more = new RunPlanner(TickBenchmark.catalog()).plan(campaignDir, four, new ResultSet(results(),
                List.of()));
        Timeline timeline = new Timeline();

        new CampaignRunner(env -> new LocalShell(), TickBenchmark.catalog(), Clock.systemUTC())
                .run(more, timeline, new CancellationToken());

        Duration left = timeline.progress.get(0).remaining().orElseThrow();
        assertTrue(left.toMillis() >= 2 * 95, "two runs of about 100 ms each, from raw/*.cmd: " + left);
    }

    @Test
    void theTimeLeftIsKnownFromTheStartWhenAnEarlierCampaignRanTheSameCells(@TempDir Path other) throws Exception {
        Campaign earlier = Fixtures.campaign(List.of(Fixtures.local("a", scratch)), List.of(TickBenchmark.spec("100")),
                Fixtures.plain(2));
        new CampaignRunner(env -> new LocalShell(), TickBenchmark.catalog(), Clock.systemUTC())
                .run(new RunPlanner(TickBenchmark.catalog()).plan(other, earlier, ResultSet.empty()), new Timeline(),
                        new CancellationToken());
        RunPlan fresh = new RunPlanner(TickBenchmark.catalog()).plan(campaignDir, earlier, ResultSet.empty());
        Timeline timeline = new Timeline();

        new CampaignRunner(env -> new LocalShell(), TickBenchmark.catalog(), Clock.systemUTC(), Optional.empty(),
                () -> List.of(other)).run(fresh, timeline, new CancellationToken());

        Duration left = timeline.progress.get(0).remaining().orElseThrow();
        assertTrue(left.toMillis() >= 2 * 95, "two runs of about 100 ms each, from the other campaign: " + left);
    }
}
