package org.virtimpact.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.e2e.Testbed.HVM;
import static org.virtimpact.e2e.Testbed.PV;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;

/**
 * One night with three faults at once, through the command line: a guest that refuses
 * connections (its sshd gone), a full scratch disk on the other guest, and the peer's netserver
 * stopped. Each cell they touch fails with a reason that names the cause (the unreachable guest's
 * after its retry, the tools' at once, since another attempt would hear the same), every
 * other cell is measured in full, and {@code virtimpact run} ends with status 3 and the list.
 */
class TestbedFailureIsolationTest {

    private static final BenchmarkSpec SMALL_DD =
            new BenchmarkSpec("dd", Map.of("size", List.of("1M"), "block", List.of("4K")), Map.of());
    private static final BenchmarkSpec IPERF3 = new BenchmarkSpec("iperf3",
            Map.of("protocol", List.of("tcp"), "length", List.of("128K")), Map.of("duration", "1"));

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
        bed.script("start-sshd", HVM);
        bed.script("free-scratch", PV);
        bed.script("start-netserver");
    }

    @Test
    void eachFaultFailsOnlyItsCellsWithItsReasonAndTheRunExitsThree(@TempDir Path dir, @TempDir Path home)
            throws Exception {
        List<BenchmarkSpec> specs = new ArrayList<>(List.of(SMALL_DD, IPERF3));
        Testbed.netperfSpec().ifPresent(specs::add);
        Settings settings = Settings.defaults().withRepetitions(2).withRetries(1, 1);
        new CampaignStore().save(dir, new Campaign("faults", "", List.of(bed.environment(PV), bed.environment(HVM)),
                specs, settings));
        bed.script("kill-sshd", HVM);
        bed.script("fill-scratch", PV);
        bed.script("stop-netserver");

        Overnight.Cli run = Overnight.Cli.run(bed, home, "run", dir.toString(), "--skip-checks");

        assertEquals(3, run.status(), run.out() + run.err());
        String out = run.out();
        int hvmRuns = specs.size() * 2;
        int pvFailures = (specs.size() - 1) * 2;
        assertTrue(out.contains("Completed 2 of " + (hvmRuns + specs.size() * 2) + " repetitions."), out);
        assertTrue(out.contains("Failed: " + (hvmRuns + pvFailures) + "."), out);
        // repetitions only: failed warm-ups are listed apart, and cost no repetition
        List<String> reasons = out.lines().filter(l -> l.matches("  vi-\\S+\\.r\\d+: .*")).toList();
        assertEquals(hvmRuns + pvFailures, reasons.size(), out);
        assertEquals(hvmRuns, reasons.stream().filter(l -> l.startsWith("  vi-hvm.")
                && l.contains("vi-hvm is unavailable")).count(), reasons::toString);
        assertEquals(2, reasons.stream().filter(l -> l.startsWith("  vi-pv.dd.")
                && l.contains("free in " + bed.scratch())).count(), reasons::toString);
        if (Testbed.netperfSpec().isPresent()) {
            assertEquals(2, reasons.stream().filter(l -> l.startsWith("  vi-pv.netperf.")
                    && l.contains("no netserver answered on " + bed.address(Testbed.PEER))).count(), reasons::toString);
        }
        assertTrue(out.contains("Attempt 1 of vi-hvm."), "the unreachable guest's runs were retried: " + out);
        assertTrue(!out.contains("Attempt 1 of vi-pv."), "a tool that said what is wrong is not retried: " + out);
        Map<String, Long> measured = Overnight.repetitionsPerCell(Overnight.samples(dir));
        assertEquals(1, measured.size(), measured::toString);
        assertTrue(measured.keySet().iterator().next().startsWith("vi-pv.iperf3."), measured::toString);
        assertEquals(List.of(2L), List.copyOf(measured.values()), "pv's iperf3 cell is measured in full");
    }
}
