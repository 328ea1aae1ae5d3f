package org.virtimpact.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.e2e.Testbed.HVM;
import static org.virtimpact.e2e.Testbed.PV;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.run.RunReport;

/**
 * A guest that goes away in the middle of a command: its sshd killed with everything it runs, or
 * its network link taken down. Its runs fail with a reason; the other guest's runs all complete.
 * The faulty guest runs first, so "the others continue" is what the report shows.
 */
class TestbedGuestDownTest {

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
        bed.revive(HVM);
        // what the command that died with the guest's sshd left: its process-group pid file, and its
        // dd file (dash reports the killed dd on the closed stderr and dies of SIGPIPE before its trap)
        bed.script("exec", HVM, "sh", "-c", "rm -f /tmp/.virtimpact-*.pid " + bed.scratch() + "/.virtimpact-dd-*");
    }

    @Test
    void guestWhoseSshdDiesMidRunFailsItsRunsWhileTheOtherCompletes(@TempDir Path dir, @TempDir Path home)
            throws Exception {
        Environment victim = bed.environment(HVM);
        FaultAtRun fault = new FaultAtRun(victim.name(), () -> ddRunning(HVM), () -> bed.script("kill-sshd", HVM));

        RunReport report = bed.run(campaign(victim), dir, home, fault, CancellationToken.none());

        System.out.println("[e2e] sshd killed mid-command: " + fault.hitMidCommand());
        assertOnlyVictimFailed(report, victim, dir);
        String first = report.failures().get(0).reason();
        assertTrue(first.contains("127.0.0.1:" + bed.port(HVM)) && first.contains("connection"), first);
    }

    @Test
    void guestWhoseLinkGoesDownMidRunFailsWithinTheKeepaliveTimeout(@TempDir Path dir, @TempDir Path home)
            throws Exception {
        Environment victim = bed.environment(HVM);
        FaultAtRun fault = new FaultAtRun(victim.name(), () -> ddRunning(HVM), () -> bed.script("link-down", HVM));

        long start = System.nanoTime();
        RunReport report = bed.run(campaign(victim), dir, home, fault, CancellationToken.none());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        System.out.println("[e2e] link down mid-command: " + fault.hitMidCommand() + ", campaign took "
                + took.toMillis() + " ms");
        assertOnlyVictimFailed(report, victim, dir);
        // keepalive every second, three unanswered: the connection counts as dropped within seconds,
        // not after the 60 s command timeout
        assertTrue(took.compareTo(Duration.ofSeconds(55)) < 0, "took " + took);
        assertTrue(report.failures().get(0).reason().contains("127.0.0.1:" + bed.port(HVM)),
                report.failures().get(0).reason());
    }

    /** Two dd cells, one slow (single-byte blocks) so that a fault can hit it mid-command. */
    private static Campaign campaign(Environment victim) {
        return new Campaign("guest down", "", List.of(victim, bed.environment(PV)), List.of(
                new BenchmarkSpec("dd", Map.of("size", List.of("1M"), "block", List.of("1")), Map.of()),
                new BenchmarkSpec("dd", Map.of("size", List.of("64K"), "block", List.of("4K")), Map.of())),
                new Settings(2, 60));
    }

    private static boolean ddRunning(String guest) {
        return bed.filesIn(guest, bed.scratch()).stream().anyMatch(f -> f.startsWith(".virtimpact-dd-"));
    }

    /**
     * The fault normally hits the victim's first run; should the poll miss that dd, it hits the
     * second. Either way every victim run from the fault on fails, and all of the other guest's complete.
     */
    private static void assertOnlyVictimFailed(RunReport report, Environment victim, Path dir) throws Exception {
        assertTrue(report.failures().stream().allMatch(f -> f.environment().equals(victim.name())),
                () -> "only the victim fails: " + report.failures());
        assertTrue(report.failures().size() >= 3, () -> "the victim's runs from the fault on fail: "
                + report.failures());
        assertEquals(report.planned(), report.completed() + report.failures().size());
        long otherRuns = new CsvResults().read(dir.resolve(Journal.RESULTS)).samples().stream()
                .filter(s -> s.environment().equals("vi-" + PV)).map(Sample::runId).distinct().count();
        assertEquals(4, otherRuns, "every run of the other guest completed");
        assertTrue(report.failures().stream().allMatch(f -> f.reason().contains(victim.name())
                        || f.reason().contains("127.0.0.1:" + bed.port(HVM))),
                () -> "each reason names the guest: " + report.failures());
    }
}
