package org.virtimpact.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.e2e.Testbed.BARE;
import static org.virtimpact.e2e.Testbed.HVM;
import static org.virtimpact.e2e.Testbed.PV;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunReport;

/**
 * What a guest lacks: a tool (the "bare" guest's PATH has no cc and no iperf3), room in its
 * scratch folder, the network server on its peer. Each failed run says what is missing; every
 * other run completes.
 */
class TestbedMissingThingsTest {

    private static final BenchmarkSpec SMALL_DD =
            new BenchmarkSpec("dd", Map.of("size", List.of("1M"), "block", List.of("4K")), Map.of());

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
        bed.script("free-scratch", PV);
        bed.script("start-iperf3");
        bed.script("start-netserver");
    }

    @Test
    void missingCompilerAndToolAreNamedWhileDdStillRuns(@TempDir Path dir, @TempDir Path home) throws Exception {
        Environment bare = bed.environment(BARE);
        Campaign campaign = new Campaign("missing tools", "", List.of(bare), List.of(SMALL_DD,
                new BenchmarkSpec("membw", Map.of("array", List.of("1M")), Map.of("ntimes", "3")),
                new BenchmarkSpec("iperf3", Map.of("protocol", List.of("tcp"), "length", List.of("128K")),
                        Map.of("duration", "1"))), new Settings(1, 60));

        RunReport report = bed.run(campaign, dir, home, RunListener.NONE, CancellationToken.none());

        assertEquals(1, report.completed(), () -> "dd is on the bare guest's PATH: " + report.failures());
        String membw = reason(report, ".membw.").orElseThrow();
        assertTrue(membw.contains("No C compiler (cc)") && membw.contains("Install"), membw);
        String iperf3 = reason(report, ".iperf3.").orElseThrow();
        assertTrue(iperf3.contains("iperf3") && (iperf3.contains("not found") || iperf3.contains("not installed")),
                "the reason says iperf3 is missing: " + iperf3);
    }

    @Test
    void fullScratchRefusesDdWithTheFreeSpaceWhileTheOtherGuestRuns(@TempDir Path dir, @TempDir Path home)
            throws Exception {
        bed.script("fill-scratch", PV);
        Environment full = bed.environment(PV);
        Campaign campaign = new Campaign("full scratch", "", List.of(full, bed.environment(HVM)),
                List.of(SMALL_DD), new Settings(2, 60));

        RunReport report = bed.run(campaign, dir, home, RunListener.NONE, CancellationToken.none());

        assertEquals(2, report.completed(), () -> "the other guest's runs: " + report.failures());
        assertEquals(2, report.failures().size());
        assertTrue(report.failures().stream().allMatch(f -> f.environment().equals(full.name())
                && f.reason().contains("free in " + bed.scratch())), report.failures()::toString);
    }

    @Test
    void stoppedPeerServerFailsTheNetworkRunsOnlyWithAClearReason(@TempDir Path dir, @TempDir Path home)
            throws Exception {
        bed.script("stop-iperf3");
        bed.script("stop-netserver");
        Environment env = bed.environment(PV);
        List<BenchmarkSpec> specs = new ArrayList<>(List.of(SMALL_DD,
                new BenchmarkSpec("iperf3", Map.of("protocol", List.of("tcp"), "length", List.of("128K")),
                        Map.of("duration", "1"))));
        Testbed.netperfSpec().ifPresent(specs::add);
        Campaign campaign = new Campaign("peer down", "", List.of(env), specs, new Settings(1, 60));

        RunReport report = bed.run(campaign, dir, home, RunListener.NONE, CancellationToken.none());

        assertEquals(1, report.completed(), () -> "dd needs no peer: " + report.failures());
        assertEquals(specs.size() - 1, report.failures().size(), "every network run failed");
        for (RunReport.Failure f : report.failures()) {
            assertTrue(f.reason().contains(bed.address(Testbed.PEER)) || f.reason().contains("connect"),
                    "the reason names the unreachable server: " + f.reason());
        }
    }

    private static Optional<String> reason(RunReport report, String runIdPart) {
        return report.failures().stream().filter(f -> f.runId().contains(runIdPart)).map(RunReport.Failure::reason)
                .findFirst();
    }
}
