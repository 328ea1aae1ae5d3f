package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code virtimpact check} and the preflight gate of {@code run}, on the quickstart sample shrunk to 1M. */
class CheckCommandTest {

    private static final Path QUICKSTART = Path.of("samples/quickstart/campaign.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path campaign;
    @TempDir
    Path scratch;

    @BeforeEach
    void copyQuickstart() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(QUICKSTART.toFile());
        ((ObjectNode) root.get("environments").get(0)).put("scratchDir", scratch.toString());
        ((ObjectNode) root.get("settings")).put("repetitions", 1);
        // the run below reads its first line: no warm-up, the matrix's own order
        ((ObjectNode) root.get("settings")).put("warmups", 0).put("order", "sequential");
        ArrayNode size = ((ObjectNode) root.get("benchmarks").get(0).get("axes")).putArray("size");
        size.add("1M");
        ((ObjectNode) root.get("benchmarks").get(1).get("axes")).putArray("array").add("1M");
        write(root);
    }

    @Test
    void everyRequiredCheckPassingExitsZeroWithTheTableAndHostFacts() {
        CliRun check = CliRun.local("check", campaign.toString());

        assertEquals(0, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("this machine\n"), check.out());
        assertTrue(check.out().matches("(?s).*\\n  tool dd +ok +/\\S*dd.*"), check.out());
        assertTrue(check.out().contains("Every required check passed"), check.out());
        assertTrue(Files.exists(campaign.resolve("hosts/this-machine.json")));
    }

    @Test
    void failedRequiredCheckExitsOneAndSaysWhatToDo() throws IOException {
        setScratch(scratch.resolve("missing").toString());

        CliRun check = CliRun.local("check", campaign.toString());

        assertEquals(1, check.status(), check.out() + check.err());
        assertTrue(check.out().matches("(?s).*scratch dir +FAILED +\\S*missing does not exist.*"), check.out());
        assertTrue(check.out().contains("what to do: Create it (mkdir -p"), check.out());
        assertTrue(check.out().contains("1 required check(s) failed"), check.out());
    }

    @Test
    void missingFolderIsBadInput() {
        CliRun check = CliRun.local("check", campaign.resolve("nowhere").toString());

        assertEquals(2, check.status());
        assertEquals("", check.out());
        assertTrue(check.err().contains("nowhere"), check.err());
    }

    @Test
    void invalidCampaignIsBadInput() throws IOException {
        Files.writeString(campaign.resolve("campaign.json"), "{ \"name\": ");

        CliRun check = CliRun.local("check", campaign.toString());

        assertEquals(2, check.status());
        assertTrue(check.err().contains("is not a valid campaign"), check.err());
    }

    @Test
    void unknownEnvironmentIsBadInputListingTheKnownOnes() {
        CliRun check = CliRun.local("check", campaign.toString(), "--env", "xen-pv");

        assertEquals(2, check.status());
        assertTrue(check.err().contains("no environment named 'xen-pv'") && check.err().contains("this machine"),
                check.err());
    }

    @Test
    void runRefusesToStartWhileARequiredCheckFails() throws IOException {
        setScratch(scratch.resolve("missing").toString());

        CliRun run = CliRun.local("run", campaign.toString());

        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("The run did not start: 1 required check(s) failed."), run.err());
        assertTrue(run.err().contains("scratch dir") && run.err().contains("--skip-checks"), run.err());
        assertFalse(run.err().contains("tool dd"), "only the failed rows: " + run.err());
        assertFalse(Files.exists(campaign.resolve("results.csv")), "nothing may run");
    }

    @Test
    void skipChecksStartsTheRunAnyway() throws IOException {
        setScratch(scratch.resolve("missing").toString());

        CliRun run = CliRun.local("run", campaign.toString(), "--skip-checks");

        assertEquals(VirtImpactCli.INCOMPLETE, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("[1/2] this machine dd size=1M") && run.out().contains("missing"), run.out());
    }

    private void setScratch(String dir) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(campaign.resolve("campaign.json").toFile());
        ((ObjectNode) root.get("environments").get(0)).put("scratchDir", dir);
        write(root);
    }

    private void write(ObjectNode root) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(campaign.resolve("campaign.json").toFile(), root);
    }
}
