package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.Summaries;
import org.virtimpact.core.stats.Summary;

class ImportCommandTest {

    @TempDir
    Path dir;

    private static Path golden(String relative) throws Exception {
        return Path.of(ImportCommandTest.class.getResource("/org/virtimpact/bench/" + relative).toURI());
    }

    @BeforeEach
    void campaignWithTwoEnvironmentsAndTheStudysNetperfCells() throws Exception {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("test", List.of("UDP_STREAM"));
        axes.put("message", List.of("512", "65507"));
        new CampaignStore().save(dir, new Campaign("study", "", List.of(
                new Environment("xen pv", "Xen PV", "", Target.local(), "/tmp", "10.0.0.1"),
                new Environment("native", "native", "", Target.local(), "/tmp", "10.0.0.1")),
                List.of(new BenchmarkSpec("netperf", axes, Map.of("length", "10")),
                        new BenchmarkSpec("dd", Map.of("size", List.of("8M"), "block", List.of("512")), Map.of())),
                new Settings(3, 60)));
    }

    private ResultSet results() throws Exception {
        return new CsvResults().read(dir.resolve("results.csv"));
    }

    private CliRun importUdp(String... files) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("import", dir.toString(), "--tool", "netperf",
                "--environment", "xen pv", "--axis", "test=UDP_STREAM", "--axis", "message=512"));
        for (String f : files) {
            args.add(golden("netperf/" + f).toString());
        }
        return CliRun.local(args.toArray(String[]::new));
    }

    @Test
    void addsEachFileAsOneImportedRunOfTheNamedCell() throws Exception {
        CliRun run = importUdp("v27-udp-512-virtimpact.txt", "v244-udp-512.txt");

        assertEquals(0, run.status(), run.err());
        List<Sample> rows = results().samples();
        assertEquals(4, rows.size());
        assertTrue(rows.stream().allMatch(s -> s.status().equals(Sample.IMPORTED) && s.environment().equals("xen pv")
                && s.axes().equals(Map.of("test", "UDP_STREAM", "message", "512"))), rows.toString());
        assertEquals(List.of(1, 1, 2, 2), rows.stream().map(Sample::repetition).toList());
        assertEquals(List.of(161.35, 226.16, 281.54, 560.05), rows.stream().map(Sample::value).toList());
        assertTrue(run.out().contains("Imported 2 runs (4 samples)"), run.out());
    }

    @Test
    void keepsAByteForByteCopyOfEachFileUnderItsRunId() throws Exception {
        importUdp("v27-udp-512-virtimpact.txt");

        String runId = results().samples().get(0).runId();
        assertTrue(runId.startsWith("xen-pv.netperf.test-UDP_STREAM_message-512.") && runId.endsWith(".imp01"), runId);
        assertArrayEquals(Files.readAllBytes(golden("netperf/v27-udp-512-virtimpact.txt")),
                Files.readAllBytes(dir.resolve("raw").resolve(runId + ".stdout")));
        assertTrue(Files.readString(dir.resolve("raw").resolve(runId + ".cmd")).contains("v27-udp-512-virtimpact.txt"));
    }

    @Test
    void aSecondImportContinuesTheNumbering() throws Exception {
        importUdp("v27-udp-512-virtimpact.txt");

        CliRun second = importUdp("v244-udp-512.txt");

        assertEquals(0, second.status(), second.err());
        assertEquals(List.of(1, 2), results().samples().stream().map(Sample::repetition).distinct().toList());
        assertEquals(2, results().samples().stream().map(Sample::runId).distinct().count());
    }

    @Test
    void importedRunsCountInTheStatistics() throws Exception {
        importUdp("v27-udp-512-virtimpact.txt", "v244-udp-512.txt");

        Map<CellKey, Summary> cells = new Summaries(0.95).byCell(results());

        Summary throughput = cells.entrySet().stream().filter(e -> e.getKey().metric().equals("throughput"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertEquals(2, throughput.n());
        assertEquals((161.35 + 281.54) / 2, throughput.mean(), 1e-9);
    }

    @Test
    void importedRunsAreNotTakenForMeasuredRepetitionsOnResume() throws Exception {
        Campaign campaign = new CampaignStore().load(dir);
        int before = new RunPlanner(BenchmarkCatalog.standard()).plan(dir, campaign, ResultSet.empty()).runs().size();

        importUdp("v27-udp-512-virtimpact.txt");

        assertEquals(before, new RunPlanner(BenchmarkCatalog.standard()).plan(dir, campaign, results()).runs().size());
    }

    @Test
    void readsDdFromItsStderrCaptureAndKeepsItAsStderr() throws Exception {
        CliRun run = CliRun.local("import", dir.toString(), "--tool", "dd", "--environment", "native",
                golden("dd/write-read-8M.txt").toString());

        assertEquals(0, run.status(), run.err());
        String runId = results().samples().get(0).runId();
        assertTrue(Files.exists(dir.resolve("raw").resolve(runId + ".stderr")));
        assertEquals(4, results().samples().size());
    }

    @Test
    void anUnknownEnvironmentIsRefusedNamingTheKnownOnesAndNothingIsWritten() throws Exception {
        CliRun run = CliRun.local("import", dir.toString(), "--tool", "netperf", "--environment", "kvm",
                golden("netperf/v27-udp-512-virtimpact.txt").toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("no environment 'kvm'") && run.err().contains("'xen pv', 'native'"), run.err());
        assertFalse(Files.exists(dir.resolve("results.csv")));
        assertFalse(Files.exists(dir.resolve("raw")));
    }

    @Test
    void oneBadFileAmongGoodOnesWritesNothingAndNamesIt() throws Exception {
        CliRun run = importUdp("v27-udp-512-virtimpact.txt", "v27-udp-65508-message-too-long.txt");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("v27-udp-65508-message-too-long.txt: netperf could not send a message that large"),
                run.err());
        assertFalse(Files.exists(dir.resolve("results.csv")));
        assertFalse(Files.exists(dir.resolve("raw")));
    }

    @Test
    void outputOfAnotherTestThanTheCellsIsRefused() throws Exception {
        CliRun run = CliRun.local("import", dir.toString(), "--tool", "netperf", "--environment", "xen pv",
                "--axis", "test=TCP_STREAM", golden("netperf/v27-udp-512-virtimpact.txt").toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("but the cell is test=TCP_STREAM"), run.err());
    }

    @Test
    void anAxisTheBenchmarkLacksIsRefused() throws Exception {
        CliRun run = CliRun.local("import", dir.toString(), "--tool", "netperf", "--environment", "xen pv",
                "--axis", "size=512", golden("netperf/v27-udp-512-virtimpact.txt").toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("no axis 'size'") && run.err().contains("test, message"), run.err());
    }

    @Test
    void aCompleteCellTheBenchmarkRefusesIsRefused() throws Exception {
        CliRun run = CliRun.local("import", dir.toString(), "--tool", "netperf", "--environment", "xen pv",
                "--axis", "test=UDP_STREAM", "--axis", "message=512K",
                golden("netperf/v27-udp-512-virtimpact.txt").toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("65,507 bytes"), run.err());
        assertFalse(Files.exists(dir.resolve("results.csv")));
    }

    @Test
    void aValueOutsideTheMatrixIsImportedWithANote() throws Exception {
        CliRun run = CliRun.local("import", dir.toString(), "--tool", "netperf", "--environment", "xen pv",
                "--axis", "test=UDP_STREAM", "--axis", "message=1024",
                golden("netperf/v27-udp-512-virtimpact.txt").toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("message=1024 is not among the campaign's values"), run.out());
    }

    @Test
    void withoutToolItSaysWhatToGive() throws Exception {
        CliRun run = CliRun.local("import", dir.toString(), "--environment", "xen pv",
                golden("netperf/v27-udp-512-virtimpact.txt").toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("--tool TOOL") && run.err().contains("netperf"), run.err());
    }
}
