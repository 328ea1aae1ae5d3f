package org.virtimpact.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.e2e.Testbed.HVM;
import static org.virtimpact.e2e.Testbed.PV;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.results.Sample;

/**
 * The command-line runner in a JVM of its own, measuring two guests over SSH, killed with SIGKILL
 * at random moments: its benchmark goes on in the guest (nothing stops a remote command whose
 * client vanished), and the resumed run must stop it before measuring, then measure exactly what
 * is missing.
 */
class TestbedRunnerKillTest {

    private static final int REPETITIONS = 3;
    private static final int KILLS = 3;
    private static Testbed bed;

    @BeforeEach
    void testbed() {
        bed = Testbed.require();
    }

    @AfterEach
    void restore() {
        if (bed == null) {
            return; // skipped: no test bed
        }
        bed.script("kill-procs", PV);
        bed.script("kill-procs", HVM);
    }

    @Test
    void killedRunnerResumesWithEveryRepetitionOnceAndNothingLeftInTheGuests(@TempDir Path dir, @TempDir Path home,
                                                                             @TempDir Path logs) throws Exception {
        Settings settings = Settings.defaults().withRepetitions(REPETITIONS).withRetries(1, 1);
        new CampaignStore().save(dir, new Campaign("killed", "", List.of(bed.environment(PV), bed.environment(HVM)),
                List.of(new BenchmarkSpec("dd", Map.of("size", List.of("4M"), "block", List.of("512")), Map.of())),
                settings));
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int kill = 1; kill <= KILLS; kill++) {
            long delay = 1000 + random.nextInt(4000);
            Process runner = start(dir, home, logs.resolve("runner-" + kill + ".log"));
            boolean ended = runner.waitFor(delay, TimeUnit.MILLISECONDS);
            runner.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            List<Sample> samples = Overnight.samples(dir);
            Overnight.assertNoDuplicates(samples, Map.of("dd", 4));
            System.out.println("[e2e] seed " + seed + ": runner killed after " + delay + " ms" + (ended ? " (it had"
                    + " ended)" : "") + ", " + Overnight.repetitionsPerCell(samples) + " kept");
        }

        Overnight.Cli resumed = Overnight.Cli.run(bed, home, "run", dir.toString(), "--resume", "--skip-checks");

        assertEquals(0, resumed.status(), resumed.out() + resumed.err());
        List<Sample> samples = Overnight.samples(dir);
        Overnight.assertNoDuplicates(samples, Map.of("dd", 4));
        Map<String, Long> perCell = Overnight.repetitionsPerCell(samples);
        assertEquals(List.of("vi-hvm.dd", "vi-pv.dd"), perCell.keySet().stream()
                .map(k -> k.substring(0, k.indexOf(".dd.") + 3)).sorted().toList(), perCell::toString);
        assertTrue(perCell.values().stream().allMatch(n -> n == REPETITIONS), perCell::toString);
        for (String guest : List.of(PV, HVM)) {
            assertTrue(Testbed.eventually(Duration.ofSeconds(10), () -> bed.strayProcesses(guest).isEmpty()),
                    () -> guest + " still runs " + bed.strayProcesses(guest));
            assertTrue(bed.filesIn(guest, bed.scratch()).stream().noneMatch(f -> f.startsWith(".virtimpact-dd-")),
                    () -> guest + " keeps " + bed.filesIn(guest, bed.scratch()));
        }
    }

    private static Process start(Path dir, Path home, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // its own home: no ~/.ssh of the machine's, as the in-process runs of these tests
        return new ProcessBuilder(java, "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                "org.virtimpact.Launcher", "run", dir.toString(), "--skip-checks")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
