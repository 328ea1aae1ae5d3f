package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.RunProgress;

/** The run settings on the command line, warm-ups, resume, and the progress line. */
class RunCommandOvernightTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    private final CampaignStore store = new CampaignStore();

    @BeforeEach
    void tinyCampaign() throws Exception {
        store.save(dir, new Campaign("night", "", List.of(new Environment("this machine", "native", "", Target.local(),
                scratch.toString(), "")), List.of(dd()), Settings.defaults().withRepetitions(2)));
    }

    private static BenchmarkSpec dd() {
        java.util.Map<String, List<String>> axes = new java.util.LinkedHashMap<>();
        axes.put("size", List.of("64K"));
        axes.put("block", List.of("4K"));
        return new BenchmarkSpec("dd", axes, java.util.Map.of());
    }

    private List<Sample> samples() throws Exception {
        return new CsvResults().read(dir.resolve("results.csv")).samples();
    }

    @Test
    void aNewCampaignRunsItsWarmupsAndRecordsTheSeedOfItsOrder() throws Exception {
        CliRun run = CliRun.local("run", dir.toString(), "--skip-checks");

        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("Order: randomized with seed "), run.out());
        assertTrue(run.out().contains("[1/3] this machine dd size=64K block=4K warm-up 1"), run.out());
        assertTrue(store.load(dir).settings().seed() != 0);
        assertEquals(4, samples().stream().filter(s -> "warmup".equals(s.status())).count());
        assertEquals(2 * 4, samples().stream().filter(Sample::counts).count());
    }

    @Test
    void resumeSaysWhatIsDoneAndRunsOnlyWhatIsMissing() throws Exception {
        CliRun.local("run", dir.toString(), "--skip-checks");

        CliRun more = CliRun.local("run", dir.toString(), "--resume", "--repetitions", "3", "--warmups", "0",
                "--skip-checks");

        assertEquals(0, more.status(), more.out() + more.err());
        assertTrue(more.out().contains("Resuming: 2 repetitions already in results.csv, 1 missing."), more.out());
        assertEquals(3 * 4, samples().stream().filter(Sample::counts).count());
        assertEquals(0, store.load(dir).settings().warmups(), "saved for the next run");
    }

    @Test
    void moreRepetitionsWithWarmupsAndRandomOrderRunOnlyTheNewOnes() throws Exception {
        CliRun.local("run", dir.toString(), "--skip-checks");

        CliRun more = CliRun.local("run", dir.toString(), "--repetitions", "4", "--skip-checks");

        assertEquals(0, more.status(), more.out() + more.err());
        assertTrue(more.out().contains("2 repetitions to run and 1 warm-up run(s), 2 already done"), more.out());
        List<String> measured = samples().stream().filter(Sample::counts).map(Sample::runId).distinct().sorted()
                .toList();
        assertEquals(List.of("r01", "r02", "r03", "r04"), measured.stream()
                .map(id -> id.substring(id.lastIndexOf('.') + 1)).toList());
        assertEquals(List.of("w01", "w02"), samples().stream().filter(s -> !s.counts()).map(Sample::runId)
                .distinct().sorted().map(id -> id.substring(id.lastIndexOf('.') + 1)).toList());
    }

    @Test
    void settingsOptionsAreSavedInTheCampaign() throws Exception {
        CliRun run = CliRun.local("run", dir.toString(), "--order", "sequential", "--retries", "3", "--retry-pause",
                "5", "--pause", "0", "--no-parallel-groups", "--repetitions", "1", "--warmups", "0", "--skip-checks");

        assertEquals(0, run.status(), run.out() + run.err());
        Settings s = store.load(dir).settings();
        assertEquals(Settings.Order.SEQUENTIAL, s.order());
        assertEquals(3, s.retries());
        assertEquals(5, s.retryPauseSeconds());
        assertTrue(run.out().contains("Run settings saved in"), run.out());
    }

    @Test
    void aBadSettingIsBadInputAndChangesNothing() throws Exception {
        String before = Files.readString(dir.resolve("campaign.json"));

        CliRun order = CliRun.local("run", dir.toString(), "--order", "shuffled");
        CliRun warmups = CliRun.local("run", dir.toString(), "--warmups", "-1");

        assertEquals(2, order.status());
        assertTrue(order.err().contains("--order must be randomized or sequential, not 'shuffled'"), order.err());
        assertEquals(2, warmups.status());
        assertTrue(warmups.err().contains("warm-ups must be between 0 and 100, not -1"), warmups.err());
        assertEquals(before, Files.readString(dir.resolve("campaign.json")));
        assertFalse(Files.exists(dir.resolve("results.csv")));
    }

    @Test
    void pipedOutputGetsPlainProgressLines() throws Exception {
        CliRun run = CliRun.local("run", dir.toString(), "--skip-checks");

        assertTrue(run.out().contains("  progress: 3/3 runs, "), run.out());
        assertFalse(run.out().contains("\r"), "no carriage returns in a log file");
    }

    @Test
    void onATerminalTheProgressLineIsRedrawnInPlace() {
        StringWriter text = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), true);
        printer.progress(new RunProgress(10, 3, 0, Optional.of(Duration.ofMinutes(12)), List.of(
                new RunProgress.EnvironmentProgress("pv", 5, 2, 0, Optional.of(Duration.ofMinutes(12))))));
        printer.message("Connecting to hvm");

        String out = text.toString();
        assertTrue(out.startsWith("\r3/10 runs · about 12 min left · pv 2/5"), out);
        // the log line replaces the progress line, which is drawn again under it
        assertTrue(out.contains("\rConnecting to hvm".replace("\r", "\r" + " ".repeat(110) + "\r")), out);
        assertTrue(out.endsWith("\r3/10 runs · about 12 min left · pv 2/5"), out);
    }
}
