package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

/**
 * The real command-line runner, {@code java … Launcher run DIR} in a process of its own, killed
 * with SIGKILL at random moments, and the campaign then resumed: nothing measured is lost or
 * counted twice, a cut-off last line is dropped with a message and its repetition measured again.
 */
class RunnerKillTest {

    private static final int REPETITIONS = 8;
    private static final int KILLS = 4;
    private static final int DD_ROWS = 4;

    @TempDir
    Path dir;
    @TempDir
    Path scratch;
    @TempDir
    Path logs;

    @Test
    void killingTheRunnerAtRandomMomentsLosesAndDuplicatesNothing() throws Exception {
        // randomized order and a warm-up per cell, as a new campaign runs
        Campaign campaign = Fixtures.campaign(List.of(Fixtures.local("this machine", scratch)),
                List.of(Fixtures.dd("8M", "512"), Fixtures.dd("4M", "1K")), Settings.defaults()
                        .withRepetitions(REPETITIONS));
        new CampaignStore().save(dir, campaign);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String torn = "";
        for (int kill = 1; kill <= KILLS; kill++) {
            int before = okRuns(read()).size();
            Process runner = startRunner(kill);
            // the first kill may hit the JVM's start-up; the others wait for a repetition of their own,
            // then hit a random moment after it, so they land in the middle of the campaign on any machine
            if (kill > 1) {
                Testing.await(Duration.ofSeconds(60), () -> !runner.isAlive() || kept() > before);
            }
            long delay = kill == 1 ? 200 + random.nextInt(1300) : random.nextInt(400);
            boolean ended = runner.waitFor(delay, TimeUnit.MILLISECONDS);
            runner.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            System.out.println("[kill] seed " + seed + ", kill " + kill + " " + delay + " ms after "
                    + (kill == 1 ? "the start" : "a repetition") + (ended ? " (had ended by itself)" : "") + ": "
                    + okRuns(read()).size() + " repetitions kept");
            assertNoDuplicates(read().samples());
            if (kill == KILLS) {
                torn = cutTheLastLine();
            }
        }

        RunPreparation.Prepared resumed = new RunPreparation(new CampaignStore(), new CsvResults(),
                new RunPlanner(BenchmarkCatalog.standard())).prepare(dir, UnaryOperator.identity());
        RunReport report = new CampaignRunner(env -> new LocalShell(), BenchmarkCatalog.standard(), Clock.systemUTC())
                .run(resumed.plan(), RunListener.NONE, new CancellationToken());

        assertTrue(report.allDone(), report::toString);
        if (!torn.isEmpty()) {
            String cutRun = torn;
            assertTrue(resumed.warnings().stream().anyMatch(w -> w.contains("cut off") && w.contains(cutRun)),
                    resumed.warnings()::toString);
            if (cutRun.matches(".*\\.r\\d+")) {
                assertTrue(resumed.plan().runs().stream().anyMatch(r -> r.runId().equals(cutRun)),
                        "the cut-off repetition runs again");
            }
        }
        List<Sample> all = read().samples();
        assertNoDuplicates(all);
        Map<String, Long> perCell = okRuns(read()).stream()
                .collect(Collectors.groupingBy(id -> id.substring(0, id.lastIndexOf('.')), Collectors.counting()));
        assertEquals(Map.of("this-machine.dd.size-8M_block-512", (long) REPETITIONS,
                "this-machine.dd.size-4M_block-1K", (long) REPETITIONS), perCell);
        assertEquals(2L * REPETITIONS * DD_ROWS, all.stream().filter(Sample::counts).count());
        assertEquals(List.of(), Fixtures.ddLeftovers(scratch), "no dd file of a killed run is left");
    }

    private Process startRunner(int n) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.virtimpact.Launcher", "run", dir.toString(), "--skip-checks"));
        File log = logs.resolve("runner-" + n + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private int kept() {
        try {
            return okRuns(read()).size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ResultSet read() throws Exception {
        return new CsvResults().read(dir.resolve(Journal.RESULTS));
    }

    private static List<String> okRuns(ResultSet results) {
        return results.samples().stream().filter(s -> Sample.OK.equals(s.status())).map(Sample::runId).distinct()
                .toList();
    }

    /** Every metric of every run once: a repetition recorded twice would show here. */
    private static void assertNoDuplicates(List<Sample> samples) {
        Set<String> seen = new HashSet<>();
        for (Sample s : samples) {
            assertTrue(seen.add(s.runId() + " " + s.metric()), "recorded twice: " + s.runId() + " " + s.metric());
        }
        samples.stream().filter(Sample::counts).collect(Collectors.groupingBy(Sample::runId, Collectors.counting()))
                .forEach((run, rows) -> assertEquals(DD_ROWS, rows, "rows of " + run));
    }

    /**
     * What a crash in the middle of an append leaves (SIGKILL alone rarely does: one write call
     * holds a repetition's rows): the last row cut in half. Returns the run it belonged to.
     */
    private String cutTheLastLine() throws Exception {
        Path file = dir.resolve(Journal.RESULTS);
        if (!Files.exists(file)) {
            return "";
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int lastStart = text.lastIndexOf('\n', text.length() - 2) + 1;
        if (lastStart <= text.indexOf('\n')) {
            return "";
        }
        String lastLine = text.substring(lastStart);
        Files.write(file, text.substring(0, lastStart + lastLine.length() / 2).getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.TRUNCATE_EXISTING);
        return lastLine.substring(0, lastLine.indexOf(','));
    }
}
