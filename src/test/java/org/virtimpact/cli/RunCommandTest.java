package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.Sample;

/** Runs the quickstart sample for real on this machine, shrunk to tiny sizes. */
class RunCommandTest {

    private static final Path QUICKSTART = Path.of("samples/quickstart/campaign.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path campaign;
    @TempDir
    Path scratch;

    @BeforeEach
    void copyQuickstartWithTinySizes() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(QUICKSTART.toFile());
        ((ObjectNode) root.get("environments").get(0)).put("scratchDir", scratch.toString());
        ((ObjectNode) root.get("settings")).put("repetitions", 2);
        // these tests count runs and read their order; warm-ups and randomized order have their own tests
        ((ObjectNode) root.get("settings")).put("warmups", 0).put("order", "sequential");
        write(root);
        setAxis("dd", "size", "1M");
        setAxis("membw", "array", "1M");
    }

    @Test
    void runsEveryRepetitionAndKeepsSamplesAndRawOutput() throws Exception {
        CliRun run = CliRun.local("run", campaign.toString());

        assertEquals(0, run.status(), run.out() + run.err());
        Map<String, Long> rows = rowsByBenchmark();
        assertEquals(2 * 4, rows.get("dd"), "dd: 2 repetitions of 4 metrics");
        assertEquals(2 * 8, rows.get("membw"), "membw: 2 repetitions of 8 metrics");
        try (Stream<Path> raw = Files.list(campaign.resolve("raw"))) {
            assertEquals(4, raw.filter(p -> p.toString().endsWith(".stderr")).count());
        }
        assertTrue(run.out().contains("[1/4] this machine dd size=1M block=512 rep 1"), run.out());
        assertTrue(run.out().contains("Completed 4 of 4 repetitions."), run.out());
    }

    @Test
    void runningAgainMeasuresNothingNew() throws Exception {
        CliRun.local("run", campaign.toString());
        List<Sample> before = samples();

        CliRun again = CliRun.local("run", campaign.toString());

        assertEquals(0, again.status(), again.err());
        assertEquals(before.size(), samples().size());
        assertTrue(again.out().contains("Nothing to do"), again.out());
    }

    @Test
    void moreRepetitionsAddExactlyTheMissingOnes() throws Exception {
        CliRun.local("run", campaign.toString());

        CliRun more = CliRun.local("run", campaign.toString(), "--repetitions", "3");

        assertEquals(0, more.status(), more.out() + more.err());
        assertTrue(more.out().contains("2 repetitions to run, 4 already done"), more.out());
        List<Sample> samples = samples();
        assertEquals(3 * (4 + 8), samples.size());
        assertEquals(4 + 8, samples.stream().filter(s -> s.repetition() == 3).count());
        assertEquals(3, new CampaignStore().load(campaign).settings().repetitions(), "saved in campaign.json");
    }

    @Test
    void repetitionsBelowOneAreRefusedAndNotSaved() throws Exception {
        String before = Files.readString(campaign.resolve("campaign.json"));

        CliRun run = CliRun.local("run", campaign.toString(), "--repetitions", "0");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("--repetitions must be at least 1, not 0"), run.err());
        assertEquals(before, Files.readString(campaign.resolve("campaign.json")));
    }

    @Test
    void failedRepetitionsExitThreeAndNameTheirReason() throws Exception {
        Path notAFolder = Files.writeString(scratch.resolve("plain-file"), "x");
        ObjectNode root = (ObjectNode) JSON.readTree(campaign.resolve("campaign.json").toFile());
        ((ObjectNode) root.get("environments").get(0)).put("scratchDir", notAFolder.toString());
        write(root);

        // past preflight, which would refuse this scratch folder: the runner's own failure path is tested here
        CliRun run = CliRun.local("run", campaign.toString(), "--skip-checks");

        assertEquals(3, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("failed: "), run.out());
        assertTrue(run.out().contains("Completed 0 of 4 repetitions.") && run.out().contains("Failed: 4."), run.out());
        assertTrue(run.out().contains("Not a directory"), run.out());
    }

    @Test
    void cutOffLastLineOfResultsIsReportedOnStderr() throws Exception {
        CliRun.local("run", campaign.toString());
        Files.writeString(campaign.resolve("results.csv"), "this-machine.dd.size-1M", StandardOpenOption.APPEND);

        CliRun again = CliRun.local("run", campaign.toString());

        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().startsWith("Warning: ") && again.err().contains("cut off"), again.err());
    }

    @Test
    void missingFolderIsBadInputNamingIt() {
        Path missing = campaign.resolve("no-such-study");

        CliRun run = CliRun.local("run", missing.toString());

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains(missing.toString()), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void folderWithoutCampaignFileIsBadInput() throws IOException {
        Files.delete(campaign.resolve("campaign.json"));

        CliRun run = CliRun.local("run", campaign.toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("has no campaign.json"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void invalidJsonIsBadInputWithItsLocation() throws IOException {
        Files.writeString(campaign.resolve("campaign.json"), "{ \"name\": \"broken\", ");

        CliRun run = CliRun.local("run", campaign.toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("is not a valid campaign") && run.err().contains("line 1"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "12Q", "0"})
    void invalidDdSizeIsBadInputNamingTheValue(String size) throws Exception {
        setAxis("dd", "size", size);

        CliRun run = CliRun.local("run", campaign.toString());

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains("'" + size + "'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(campaign.resolve("results.csv")), "nothing may run");
    }

    private void setAxis(String benchmark, String axis, String value) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(campaign.resolve("campaign.json").toFile());
        for (JsonNode spec : root.get("benchmarks")) {
            if (spec.get("benchmark").asText().equals(benchmark)) {
                ArrayNode values = ((ObjectNode) spec.get("axes")).putArray(axis);
                values.add(value);
            }
        }
        write(root);
    }

    private void write(ObjectNode root) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(campaign.resolve("campaign.json").toFile(), root);
    }

    private List<Sample> samples() throws Exception {
        return new CsvResults().read(campaign.resolve("results.csv")).samples();
    }

    private Map<String, Long> rowsByBenchmark() throws Exception {
        return samples().stream().collect(Collectors.groupingBy(Sample::benchmark, Collectors.counting()));
    }
}
