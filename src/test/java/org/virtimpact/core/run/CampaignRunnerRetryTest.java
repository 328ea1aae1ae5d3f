package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.HostFingerprint;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

/** Retries, reconnects and what a dropped connection leaves behind, on real local processes. */
class CampaignRunnerRetryTest {

    @TempDir
    Path campaignDir;
    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private RunReport run(Campaign campaign, ShellFactory shells, CancellationToken cancel) throws Exception {
        RunPlan plan = new RunPlanner(TickBenchmark.catalog()).plan(campaignDir, campaign, ResultSet.empty());
        return new CampaignRunner(shells, TickBenchmark.catalog(), Clock.systemUTC()).run(plan, new RunListener() {
            @Override
            public void message(String text) {
                log.add(text);
            }

            @Override
            public void caseStarted(int index, int total, PlannedRun run) {
                log.add("started " + run.runId());
            }
        }, cancel);
    }

    private List<Sample> results() throws Exception {
        return new CsvResults().read(campaignDir.resolve(Journal.RESULTS)).samples();
    }

    private List<String> failedFiles() throws Exception {
        Path raw = campaignDir.resolve(Journal.RAW);
        try (var files = Files.list(raw)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".failed")).toList();
        }
    }

    /** A local shell whose connection "drops" on its first benchmark command, as a guest's network would. */
    private final class DroppingShell implements Shell {
        private final LocalShell local = new LocalShell();
        private final boolean leaveCommandRunning;
        private boolean dropped;
        Future<CommandResult> orphan;

        DroppingShell(boolean leaveCommandRunning) {
            this.leaveCommandRunning = leaveCommandRunning;
        }

        @Override
        public String describe() {
            return "flaky.lab:22";
        }

        @Override
        public CommandResult exec(String command, Duration timeout, CancellationToken cancel) throws ShellException {
            if (dropped) {
                throw new ShellException(ShellException.Reason.IO, "flaky.lab:22: connection is closed");
            }
            if (command.contains("tick=") && !command.startsWith("if [ -f")) {
                dropped = true;
                if (leaveCommandRunning) {
                    // the remote command goes on after the connection is lost, as over SSH without a PTY
                    orphan = background.submit(() -> local.exec(command, timeout, CancellationToken.none()));
                    Testing.await(Duration.ofSeconds(10), () -> Files.exists(scratchFileOf(command)));
                }
                throw new ShellException(ShellException.Reason.IO, "flaky.lab:22: Connection reset");
            }
            return local.exec(command, timeout, cancel);
        }

        @Override
        public void upload(byte[] content, String path) throws ShellException {
            local.upload(content, path);
        }

        @Override
        public void close() {
            dropped = true;
        }
    }

    private Path scratchFileOf(String command) {
        int at = command.indexOf(".virtimpact-tick-");
        String name = command.substring(at, command.indexOf('\'', at));
        return scratch.resolve(name);
    }

    @Test
    void aDroppedConnectionIsReopenedForTheRetryWhichThenMeasures() throws Exception {
        AtomicInteger opens = new AtomicInteger();
        ShellFactory shells = env -> opens.incrementAndGet() == 1 ? new DroppingShell(false) : new LocalShell();
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("guest", scratch)),
                List.of(TickBenchmark.spec("1")), Fixtures.plain(2).withRetries(1, 0));

        RunReport report = run(campaign, shells, CancellationToken.none());

        assertTrue(report.allDone(), report::toString);
        assertEquals(2, opens.get(), "the broken shell was replaced once");
        assertEquals(2, results().stream().map(Sample::runId).distinct().count());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Reconnecting to guest after: guest stopped answering:"
                + " flaky.lab:22: Connection reset")), log::toString);
        assertEquals(List.of(), failedFiles(), "the first attempt's failure is gone once the retry measured");
        assertFalse(Files.exists(Path.of(new Orphans(campaignDir, "guest", scratch.toString()).marker())),
                "the run's process-group note is removed at its end");
    }

    @Test
    void reconnectingStopsTheBenchmarkTheDroppedConnectionLeftRunningAndRemovesItsFile() throws Exception {
        AtomicInteger opens = new AtomicInteger();
        DroppingShell first = new DroppingShell(true);
        ShellFactory shells = env -> opens.incrementAndGet() == 1 ? first : new LocalShell();
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("guest", scratch)),
                List.of(TickBenchmark.spec(Map.of("file", "true"), "3000")), Fixtures.plain(1).withRetries(1, 0));
        long start = System.nanoTime();

        RunReport report = run(campaign, shells, CancellationToken.none());

        assertTrue(report.allDone(), report::toString);
        CommandResult orphan = first.orphan.get(10, TimeUnit.SECONDS);
        assertTrue(orphan.exitCode() != 0, "the left-over command was killed, not left to finish: " + orphan);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("guest: stopped guest.tick.ms-3000.") && l.contains(".r01 (process group ")
                && l.endsWith("left over from an interrupted run")), log::toString);
        // the orphan was stopped at the reconnect, long before its 3 s would have ended; the retry took its own 3 s
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        assertEquals(List.of(), Fixtures.leftovers(scratch, ".virtimpact-tick-"));
    }

    @Test
    void anUnreachableEnvironmentIsTriedAgainOncePerRetryWhileTheOtherCompletes() throws Exception {
        AtomicInteger farOpens = new AtomicInteger();
        ShellFactory shells = env -> {
            if (env.name().equals("far")) {
                farOpens.incrementAndGet();
                throw new ShellException(ShellException.Reason.UNREACHABLE, "far.lab: Connection refused");
            }
            return new LocalShell();
        };
        Environment far = new Environment("far", "Xen PV", "", Target.ssh("alice", "far.lab", 22, null, null),
                "/tmp", "");
        Campaign campaign = Fixtures.campaign(List.of(far, Fixtures.local("near", scratch)),
                List.of(TickBenchmark.spec("1")), Fixtures.plain(2).withRetries(1, 0));

        RunReport report = run(campaign, shells, CancellationToken.none());

        assertEquals(2, report.failures().size(), report::toString);
        assertTrue(report.failures().stream().allMatch(f -> f.environment().equals("far")
                && f.reason().equals("far is unavailable: far.lab: Connection refused")), report::toString);
        assertEquals(1 + 2, farOpens.get(), "one connect, then one per retry");
        assertEquals(2, report.completed());
        assertEquals(2, failedFiles().size());
    }

    @Test
    void aFailureAnotherAttemptCantMendIsNotRetried() throws Exception {
        Path bin = Fixtures.binWith(scratch.resolve("bin"), "dd", "rm");
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("native", scratch)),
                List.of(Fixtures.membw("1M", "3")), Fixtures.plain(2).withRetries(3, 30));
        long start = System.nanoTime();

        RunReport report = run(campaign, env -> new Fixtures.RecordingShell(new LocalShell(), bin),
                CancellationToken.none());

        assertEquals(2, report.failures().size(), report::toString);
        assertTrue(report.failures().get(0).reason().contains("No C compiler (cc)"), report::toString);
        assertTrue(log.stream().noneMatch(l -> l.startsWith("Attempt ")), log::toString);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(20)) < 0);
    }

    @Test
    void aRetryWaitsInTheBackgroundWhileTheNextRunsGoOn() throws Exception {
        AtomicInteger opensOfA = new AtomicInteger();
        ShellFactory shells = env -> env.name().equals("a") && opensOfA.incrementAndGet() == 1
                ? new DroppingShell(false) : new LocalShell();
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("a", scratch), Fixtures.local("b", scratch)),
                List.of(TickBenchmark.spec("200")), Fixtures.plain(2).withRetries(1, 1));

        RunReport report = run(campaign, shells, CancellationToken.none());

        assertTrue(report.allDone(), report::toString);
        List<String> started = log.stream().filter(l -> l.startsWith("started ")).toList();
        assertEquals("started a.tick.ms-200.r01", started.get(0));
        // a r02 fails at once on the broken connection too; b's runs go on while both wait
        assertEquals(List.of("started a.tick.ms-200.r01", "started a.tick.ms-200.r02", "started b.tick.ms-200.r01",
                "started b.tick.ms-200.r02", "started a.tick.ms-200.r01", "started a.tick.ms-200.r02"), started);
        assertEquals(List.of(), failedFiles());
    }

    @Test
    void aToolThatSaysWhatIsWrongIsNotRetried() throws Exception {
        Path failFlag = Files.writeString(scratch.resolve("fail-now"), "x");
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("a", scratch)), List.of(TickBenchmark.spec(
                Map.of("fail", failFlag.toString()), "1")), Fixtures.plain(2).withRetries(2, 30));

        RunReport report = run(campaign, env -> new LocalShell(), CancellationToken.none());

        assertEquals(2, report.failures().size());
        assertTrue(report.failures().get(0).reason().startsWith("tick on a: tick failed (exit status 1): broken"),
                report::toString);
        assertTrue(log.stream().noneMatch(l -> l.startsWith("Attempt ")), log::toString);
    }

    @Test
    void aCancelWhileProbingTheHostIsACancelNotAFailure() throws Exception {
        CancellationToken cancel = new CancellationToken();
        ShellFactory shells = env -> new Testing.Rewriting(new LocalShell(),
                command -> command.equals(HostFingerprint.COMMAND) ? "sleep 20" : command);
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("slow", scratch)),
                List.of(TickBenchmark.spec("1")), Fixtures.plain(2).withRetries(1, 0));
        CompletableFuture.runAsync(() -> {
            Testing.await(Duration.ofSeconds(10), () -> log.stream().anyMatch(l -> l.startsWith("Connecting to slow")));
            Testing.sleep(Duration.ofMillis(300));
            cancel.cancel();
        }, background);

        RunReport report = run(campaign, shells, cancel);

        assertTrue(report.cancelled(), report::toString);
        assertEquals(List.of(), report.failures());
        assertFalse(Files.exists(campaignDir.resolve(Journal.RAW)), "no failure was written");
    }

    @Test
    void aFailureLeftByAnEarlierRunIsRemovedWhenItsRepetitionSucceeds() throws Exception {
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("guest", scratch)),
                List.of(TickBenchmark.spec("1")), Fixtures.plain(1));
        String runId = new RunPlanner(TickBenchmark.catalog()).plan(campaignDir, campaign, ResultSet.empty())
                .runs().get(0).runId();
        Files.createDirectories(campaignDir.resolve(Journal.RAW));
        Files.writeString(campaignDir.resolve(Journal.RAW).resolve(runId + ".failed"), "guest stopped answering\n");

        RunReport report = run(campaign, env -> new LocalShell(), CancellationToken.none());

        assertTrue(report.allDone(), report::toString);
        assertEquals(List.of(), failedFiles());
    }

    @Test
    void settingsOfTheFirstVersionNeverRetry() {
        assertEquals(0, Fixtures.plain(3).retries());
        assertEquals(Settings.DEFAULT_RETRIES, Settings.defaults().retries());
    }
}
