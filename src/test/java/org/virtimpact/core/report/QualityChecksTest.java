package org.virtimpact.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.core.report.ReportFixtures.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.report.QualityWarning.Kind;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.stats.ComparisonSettings;

class QualityChecksTest {

    private static final Map<String, String> CELL = Map.of("size", "8M");

    private static Report report(Campaign c, List<Sample> samples, Map<String, Map<String, String>> facts)
            throws ReportException {
        return new ReportBuilder(BenchmarkCatalog.standard()).build(c, new ResultSet(samples, List.of()), facts,
                List.of(), new ReportSettings(Optional.empty(), ComparisonSettings.defaults(),
                        QualityThresholds.defaults()));
    }

    private static List<Kind> kinds(Report r, String metric) {
        return r.cells().stream().filter(c -> c.key().metric().equals(metric))
                .flatMap(c -> c.warnings().stream()).map(QualityWarning::kind).distinct().toList();
    }

    @Test
    void highVariationAndFewRunsAreFlagged() throws Exception {
        // 10, 20, 30: sd 10, mean 20, CV 50 %; 3 runs < 5
        Report r = report(ReportFixtures.campaign("a"), runs("a", "Disk", "dd", "write_rate", "MB/s", CELL, 10, 20, 30),
                Map.of());

        assertEquals(List.of(Kind.FEW_RUNS, Kind.HIGH_CV), kinds(r, "write_rate"));
    }

    @Test
    void steadyRunsAreNotFlagged() throws Exception {
        Report r = report(ReportFixtures.campaign("a"), runs("a", "Disk", "dd", "write_rate", "MB/s", CELL,
                100, 101, 99, 100, 100), Map.of());

        assertEquals(List.of(), kinds(r, "write_rate"));
    }

    @Test
    void runsUnderTenMillisecondsAreNearTimerResolutionForEveryMetricOfTheRun() throws Exception {
        List<Sample> s = new ArrayList<>(runs("a", "Disk", "dd", "write_time", "s", CELL, 0.004, 0.004, 0.004, 0.004,
                0.004));
        s.addAll(runs("a", "Disk", "dd", "write_rate", "MB/s", CELL, 2000, 2000, 2000, 2000, 2000));

        Report r = report(ReportFixtures.campaign("a"), s, Map.of());

        assertEquals(List.of(Kind.TIMER_RESOLUTION), kinds(r, "write_time"));
        assertEquals(List.of(Kind.TIMER_RESOLUTION), kinds(r, "write_rate"));
    }

    @Test
    void readsFarFasterThanWritesArePageCache() throws Exception {
        List<Sample> s = new ArrayList<>(runs("a", "Disk", "dd", "write_rate", "MB/s", CELL, 100, 100, 100, 100, 100));
        s.addAll(runs("a", "Disk", "dd", "read_rate", "MB/s", CELL, 900, 900, 900, 900, 900));

        assertEquals(List.of(Kind.PAGE_CACHE), kinds(report(ReportFixtures.campaign("a"), s, Map.of()), "read_rate"));
    }

    @Test
    void readsAboveThreeGigabytesPerSecondArePageCache() throws Exception {
        Report r = report(ReportFixtures.campaign("a"), runs("a", "Disk", "dd", "read_rate", "MB/s", CELL,
                5000, 5000, 5000, 5000, 5000), Map.of());

        assertEquals(List.of(Kind.PAGE_CACHE), kinds(r, "read_rate"));
    }

    @Test
    void aLoopbackPeerFlagsTheNetworkCells() throws Exception {
        Campaign c = new Campaign("s", "", List.of(new Environment("a", "", "", Target.local(), "/tmp", "127.0.0.1")),
                List.of(), null);
        Report r = report(c, runs("a", "Network", "netperf", "throughput", "Mbit/s", Map.of(), 1, 1, 1, 1, 1), Map.of());

        assertEquals(List.of(Kind.LOOPBACK_PEER), kinds(r, "throughput"));
    }

    @Test
    void differentVmShapesAndToolVersionsAreEnvironmentWarnings() throws Exception {
        List<Sample> s = new ArrayList<>(runs("a", "Disk", "dd", "write_rate", "MB/s", CELL, 1, 1, 1, 1, 1));
        s.addAll(runs("b", "Disk", "dd", "write_rate", "MB/s", CELL, 1, 1, 1, 1, 1));
        Map<String, Map<String, String>> facts = Map.of(
                "a", Map.of("cpus", "2", "mem_total_kb", "2000000", "compiler", "gcc 12.2", "dd", "dd 9.1"),
                "b", Map.of("cpus", "4", "mem_total_kb", "2010000", "compiler", "gcc 11.4", "dd", "dd 9.1"));

        Report r = report(ReportFixtures.campaign("a", "b"), s, facts);

        assertEquals(List.of(Kind.DIFFERENT_VMS, Kind.DIFFERENT_VERSIONS), r.environmentWarnings().stream()
                .map(QualityWarning::kind).toList(), "memory within 2 % is the same VM; dd versions match");
        assertTrue(r.environmentWarnings().get(0).message().startsWith("cpus differs from a (4 vs 2)"));
    }
}
