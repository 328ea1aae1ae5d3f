package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.Sample;

/**
 * One real run on this machine, with the real LocalShell, dd and a freshly compiled membw; the
 * campaign runs once and each test checks one thing it left behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignRunnerEndToEndTest {

    // static: instance @TempDir fields are not yet injected when a PER_CLASS @BeforeAll runs
    @TempDir
    static Path campaignDir;
    @TempDir
    static Path scratch;

    private Campaign campaign;
    private RunPlan plan;
    private RunReport report;
    private final Fixtures.RecordingListener listener = new Fixtures.RecordingListener();
    private ResultSet results;

    @BeforeAll
    void runTheCampaignOnce() throws PlanException, ResultsException {
        campaign = Fixtures.campaign(List.of(Fixtures.local("this machine", scratch)),
                List.of(Fixtures.dd("1M", "512"), Fixtures.membw("1M", "3")), 2);
        plan = Fixtures.planner().plan(campaignDir, campaign, ResultSet.empty());
        report = Fixtures.localRunner().run(plan, listener, new CancellationToken());
        results = new CsvResults().read(campaignDir.resolve(Journal.RESULTS));
    }

    private List<Sample> rows(String benchmark) {
        return results.samples().stream().filter(s -> s.benchmark().equals(benchmark)).toList();
    }

    @Test
    void completesEveryPlannedRunWithoutFailure() {
        assertEquals(List.of(), report.failures());
        assertEquals(4, report.completed());
        assertTrue(report.allDone());
    }

    @Test
    void writesFourDdRowsPerRepetition() {
        assertEquals(2 * 4, rows("dd").size());
    }

    @Test
    void writesEightMembwRowsPerRepetition() {
        assertEquals(2 * 8, rows("membw").size());
    }

    @Test
    void everyValueIsPositive() {
        assertTrue(results.samples().stream().allMatch(s -> s.value() > 0), results.samples().toString());
    }

    @Test
    void rowsCarryTheirMatrixValues() {
        assertTrue(rows("dd").stream().allMatch(s -> s.axes().equals(java.util.Map.of("size", "1M", "block", "512"))));
        assertTrue(rows("membw").stream().allMatch(s -> s.axes().equals(java.util.Map.of("array", "1M"))));
    }

    @Test
    void keepsTheRawOutputOfEveryRun() {
        for (PlannedRun run : plan.runs()) {
            for (String ext : List.of(".stdout", ".stderr", ".cmd")) {
                Path raw = campaignDir.resolve(Journal.RAW).resolve(run.runId() + ext);
                assertTrue(Files.isRegularFile(raw), raw + " is missing");
            }
        }
    }

    @Test
    void theRawStderrOfDdHoldsItsSummaries() throws IOException {
        Path raw = campaignDir.resolve(Journal.RAW).resolve(plan.runs().get(0).runId() + ".stderr");

        String stderr = Files.readString(raw);

        assertTrue(stderr.contains("bytes") && stderr.contains("copied"), stderr);
    }

    @Test
    void fingerprintsTheHostWithItsKernel() throws IOException {
        String json = Files.readString(campaignDir.resolve(Journal.HOSTS).resolve("this-machine.json"));

        assertTrue(json.contains("\"kernel\" : \"Linux"), json);
    }

    @Test
    void leavesNoDdFileInScratch() throws IOException {
        assertEquals(List.of(), Fixtures.ddLeftovers(scratch));
    }

    @Test
    void toldTheListenerAboutEachRunInOrder() {
        assertEquals(plan.runs(), listener.started);
        assertEquals(List.of(0, 1, 2, 3), listener.startedIndexes);
        assertEquals(results.samples().size(), listener.samples.size());
    }

    @Test
    void toldTheListenerTheRunFinishedWithEverythingDone() {
        assertEquals(1, listener.finished.size());
        assertTrue(listener.finished.get(0).allDone());
    }

    @Test
    void aSecondRunAfterReplanningDoesNothing() throws PlanException, ResultsException {
        RunPlan again = Fixtures.planner().plan(campaignDir, campaign, results);

        RunReport second = Fixtures.localRunner().run(again, RunListener.NONE, new CancellationToken());

        assertEquals(0, again.runs().size());
        assertEquals(4, again.alreadyDone());
        assertEquals(0, second.planned());
        assertTrue(second.allDone());
        assertEquals(results, new CsvResults().read(campaignDir.resolve(Journal.RESULTS)));
    }
}
