package org.virtimpact.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.run.RunReport;

/** Cancelling stops the remote benchmark itself and removes its scratch file, as seen inside the guest. */
class TestbedCancelTest {

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
    }

    @Test
    void cancelledRunLeavesNoRemoteProcessAndNoScratchFile(@TempDir Path dir, @TempDir Path home) throws Exception {
        // 16 million single-byte writes: far longer than the moment it takes to cancel
        Campaign campaign = new Campaign("cancel", "", List.of(bed.environment(PV)), List.of(
                new BenchmarkSpec("dd", Map.of("size", List.of("16M"), "block", List.of("1")), Map.of())),
                new Settings(3, 300));
        CancellationToken cancel = new CancellationToken();
        FaultAtRun canceller = new FaultAtRun("vi-" + PV, TestbedCancelTest::ddFileExists, cancel::cancel);

        long start = System.nanoTime();
        RunReport report = bed.run(campaign, dir, home, canceller, cancel);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(canceller.hitMidCommand(), "the dd file appeared before the cancel");
        assertTrue(report.cancelled(), "the report says cancelled");
        assertEquals(0, report.completed());
        assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "the cancel took effect at once, not after " + took);
        assertTrue(Testbed.eventually(Duration.ofSeconds(10), () -> bed.strayProcesses(PV).isEmpty()),
                () -> "still running in the guest: " + bed.strayProcesses(PV));
        List<String> scratch = bed.filesIn(PV, bed.scratch());
        assertTrue(scratch.stream().noneMatch(f -> f.startsWith(".virtimpact-dd-")), "scratch holds " + scratch);
        List<String> tmp = bed.filesIn(PV, "/tmp");
        assertTrue(tmp.stream().noneMatch(f -> f.startsWith(".virtimpact-") && f.endsWith(".pid")),
                "no process-group pid file is left in the guest's /tmp: " + tmp);
        System.out.println("[e2e] cancelled after " + took.toMillis() + " ms; guest processes and scratch clean");
    }

    private static boolean ddFileExists() {
        return bed.filesIn(PV, bed.scratch()).stream().anyMatch(f -> f.startsWith(".virtimpact-dd-"));
    }
}
