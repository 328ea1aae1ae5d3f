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
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.core.run.TickBenchmark;

/**
 * A guest that goes away mid-command and comes back: its sshd killed and started again, or its
 * link down and up again. The failed attempt is retried on a new connection, which first stops
 * what the dropped one left running; every repetition ends measured, once.
 */
class TestbedRetryTest {

    private static final String HOLD = "/var/tmp/.testbed-hold";
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
        bed.script("exec", HVM, "rm", "-f", HOLD);
    }

    /** hvm first, then pv; a held tick on hvm, so the fault is sure to hit a running command. */
    private static Campaign campaign() {
        Environment hvm = bed.environment(HVM);
        Environment pv = bed.environment(PV);
        Settings settings = new Settings(2, 90).withRetries(1, 2).withWarmups(1);
        return new Campaign("retry", "", List.of(hvm, pv), List.of(TickBenchmark.spec(
                Map.of("file", "true", "hold", HOLD), "200")), settings);
    }

    private static boolean tickRunning(String guest) {
        return bed.filesIn(guest, bed.scratch()).stream().anyMatch(f -> f.startsWith(".virtimpact-tick-"));
    }

    @Test
    void sshdKilledMidCommandAndStartedAgainIsReconnectedForTheRetry(@TempDir Path dir, @TempDir Path home)
            throws Exception {
        bed.script("exec", HVM, "touch", HOLD);
        Overnight.Log log = new Overnight.Log();
        FaultAtRun fault = new FaultAtRun("vi-" + HVM, () -> tickRunning(HVM), () -> {
            bed.script("kill-sshd", HVM);
            bed.script("exec", HVM, "rm", "-f", HOLD);
            bed.script("start-sshd", HVM);
        });

        RunReport report = Overnight.run(bed, campaign(), dir, home, new Both(fault, log));

        assertTrue(fault.hitMidCommand(), "the tick was running when sshd died");
        assertTrue(report.allDone(), () -> report + "\n" + log.lines);
        assertTrue(log.has("Attempt 1 of vi-hvm.tick."), log.lines::toString);
        assertTrue(log.has("Reconnecting to vi-hvm after: vi-hvm stopped answering: The SSH connection to"
                + " root@127.0.0.1:" + bed.port(HVM) + " dropped"), log.lines::toString);
        assertCountsAndCleanGuests(dir);
    }

    @Test
    void linkDownMidCommandThenUpStopsTheLeftOverCommandBeforeTheRetry(@TempDir Path dir, @TempDir Path home)
            throws Exception {
        bed.script("exec", HVM, "touch", HOLD);
        Overnight.Log log = new Overnight.Log();
        FaultAtRun fault = new FaultAtRun("vi-" + HVM, () -> tickRunning(HVM), () -> {
            bed.script("link-down", HVM);
            // the command stays held in the guest; the runner notices the silence through its keepalives
            Testbed.eventually(Duration.ofSeconds(30), () -> log.has("Attempt 1 of vi-hvm.tick."));
            bed.script("exec", HVM, "rm", "-f", HOLD);
            bed.script("link-up", HVM);
        });

        RunReport report = Overnight.run(bed, campaign(), dir, home, new Both(fault, log));

        assertTrue(fault.hitMidCommand());
        assertTrue(report.allDone(), () -> report + "\n" + log.lines);
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("vi-hvm: stopped vi-hvm.tick.")
                && l.endsWith("left over from an interrupted run")), () -> "the held command was stopped on"
                + " reconnecting: " + log.lines);
        assertCountsAndCleanGuests(dir);
    }

    private static void assertCountsAndCleanGuests(Path dir) throws Exception {
        var samples = Overnight.samples(dir);
        Overnight.assertNoDuplicates(samples, Map.of(TickBenchmark.ID, 1));
        assertEquals(2, Overnight.repetitionsPerCell(samples).size());
        assertTrue(Overnight.repetitionsPerCell(samples).values().stream().allMatch(n -> n == 2),
                Overnight.repetitionsPerCell(samples)::toString);
        for (String guest : List.of(HVM, PV)) {
            assertTrue(Testbed.eventually(Duration.ofSeconds(10), () -> bed.strayProcesses(guest).isEmpty()),
                    () -> guest + " still runs " + bed.strayProcesses(guest));
            assertTrue(bed.filesIn(guest, bed.scratch()).stream().noneMatch(f -> f.startsWith(".virtimpact-tick-")),
                    () -> guest + " keeps " + bed.filesIn(guest, bed.scratch()));
        }
    }

    /** Hands each call to both listeners. */
    private record Both(FaultAtRun fault, Overnight.Log log) implements org.virtimpact.core.run.RunListener {
        @Override
        public void message(String text) {
            fault.message(text);
            log.message(text);
        }

        @Override
        public void caseStarted(int index, int total, org.virtimpact.core.run.PlannedRun run) {
            fault.caseStarted(index, total, run);
            log.caseStarted(index, total, run);
        }

        @Override
        public void caseFailed(org.virtimpact.core.run.PlannedRun run, String reason) {
            fault.caseFailed(run, reason);
            log.caseFailed(run, reason);
        }
    }
}
