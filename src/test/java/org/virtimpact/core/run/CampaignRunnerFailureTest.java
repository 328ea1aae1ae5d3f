package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

/** Runs that don't go to plan, still on the real LocalShell. */
class CampaignRunnerFailureTest {

    @TempDir
    Path campaignDir;
    @TempDir
    Path scratch;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private RunPlan plan(Campaign campaign) throws PlanException {
        return Fixtures.planner().plan(campaignDir, campaign, ResultSet.empty());
    }

    private List<Sample> results() throws Exception {
        return new CsvResults().read(campaignDir.resolve(Journal.RESULTS)).samples();
    }

    @Test
    void cancellingAfterTheFirstSampleKeepsOnlyTheFinishedRepetition() throws Exception {
        CancellationToken token = new CancellationToken();
        RunPlan plan = plan(Fixtures.campaign(List.of(Fixtures.local("native", scratch)),
                List.of(Fixtures.dd("1M", "512")), 3));
        RunListener cancelOnFirstSample = new RunListener() {
            @Override
            public void sampleRecorded(Sample sample) {
                token.cancel();
            }
        };

        RunReport report = Fixtures.localRunner().run(plan, cancelOnFirstSample, token);

        assertTrue(report.cancelled());
        assertEquals(1, report.completed());
        // the first repetition was written whole before its samples were announced; nothing after it
        assertEquals(List.of(plan.runs().get(0).runId()), results().stream().map(Sample::runId).distinct().toList());
        assertEquals(4, results().size());
        assertEquals(List.of(), Fixtures.ddLeftovers(scratch));
    }

    @Test
    void cancellingWhileDdWritesStopsItAndRemovesItsFile() throws Exception {
        // 256 MB in 512-byte blocks takes seconds, long enough to be caught writing
        CancellationToken token = new CancellationToken();
        RunPlan plan = plan(Fixtures.campaign(List.of(Fixtures.local("native", scratch)),
                List.of(Fixtures.dd("256M", "512")), 1));
        Future<RunReport> running = executor.submit(() -> Fixtures.localRunner().run(plan, RunListener.NONE, token));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (Fixtures.ddLeftovers(scratch).isEmpty() && !running.isDone()) {
            assertTrue(System.nanoTime() < deadline, "dd never started");
            Thread.sleep(5);
        }

        token.cancel();

        RunReport report = running.get(30, TimeUnit.SECONDS);
        assertTrue(report.cancelled(), report.toString());
        assertEquals(List.of(), report.failures());
        assertEquals(List.of(), results());
        assertEquals(List.of(), Fixtures.ddLeftovers(scratch));
    }

    @Test
    void aDdFailureIsRecordedWithDdsMessageAndMembwStillRunsThere() throws Exception {
        Path missing = scratch.resolve("no-such-folder");
        RunPlan plan = plan(Fixtures.campaign(List.of(Fixtures.local("native", missing)),
                List.of(Fixtures.dd("1M", "512"), Fixtures.membw("1M", "3")), 1));
        Fixtures.RecordingListener listener = new Fixtures.RecordingListener();

        RunReport report = Fixtures.localRunner().run(plan, listener, new CancellationToken());

        assertEquals(1, report.failures().size(), report.toString());
        String reason = report.failures().get(0).reason();
        assertTrue(reason.contains("dd failed") && reason.contains("No such file or directory"), reason);
        assertEquals(1, listener.failed.size());
        assertEquals(8, results().stream().filter(s -> s.benchmark().equals("membw")).count());
        assertTrue(Files.readString(campaignDir.resolve(Journal.RAW).resolve(plan.runs().get(0).runId() + ".failed"))
                .contains("No such file or directory"));
    }

    @Test
    void anUnreachableEnvironmentFailsEachRunAtOnceAndOthersStillRun() throws Exception {
        AtomicInteger opens = new AtomicInteger();
        ShellFactory shells = env -> {
            if (env.name().equals("far")) {
                opens.incrementAndGet();
                throw new ShellException(ShellException.Reason.UNREACHABLE, "far.lab: Connection refused");
            }
            return new LocalShell();
        };
        Environment far = new Environment("far", "Xen PV", "", org.virtimpact.core.campaign.Target.ssh(
                "alice", "far.lab", 22, null, null), "/tmp", "");
        RunPlan plan = plan(Fixtures.campaign(List.of(far, Fixtures.local("near", scratch)),
                List.of(Fixtures.dd("1M", "512"), Fixtures.membw("1M", "3")), 2));

        RunReport report = new CampaignRunner(shells, BenchmarkCatalog.standard(), Clock.systemUTC())
                .run(plan, RunListener.NONE, new CancellationToken());

        assertEquals(4, report.failures().size(), report.toString());
        assertTrue(report.failures().stream().allMatch(f -> f.environment().equals("far")
                && f.reason().contains("far is unavailable: far.lab: Connection refused")), report.toString());
        assertEquals(1, opens.get(), "the session must remember the failure instead of reconnecting");
        assertEquals(4, report.completed());
        assertTrue(results().stream().allMatch(s -> s.environment().equals("near")));
        assertEquals(2 * 4 + 2 * 8, results().size());
    }

    @Test
    void aMissingCompilerFailsEveryMembwRunWithTheSameAdviceAndDdStillRuns() throws Exception {
        // only dd and rm on the PATH: the compile step finds no cc, the dd runs find what they need
        Path bin = Fixtures.binWith(scratch.resolve("bin"), "dd", "rm");
        RunPlan plan = plan(Fixtures.campaign(List.of(Fixtures.local("native", scratch)),
                List.of(Fixtures.dd("1M", "512"), Fixtures.membw("1M", "3")), 2));

        RunReport report = new CampaignRunner(env -> new Fixtures.RecordingShell(new LocalShell(), bin),
                BenchmarkCatalog.standard(), Clock.systemUTC()).run(plan, RunListener.NONE, new CancellationToken());

        assertEquals(2, report.failures().size(), report.toString());
        assertTrue(report.failures().stream().allMatch(f -> f.reason().contains("No C compiler (cc)")),
                report.toString());
        assertEquals(2, report.completed());
        assertEquals(2 * 4, results().stream().filter(s -> s.benchmark().equals("dd")).count());
    }
}
