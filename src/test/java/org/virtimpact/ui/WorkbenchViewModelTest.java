package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.ui.campaign.CampaignDraft;
import org.virtimpact.ui.campaign.CampaignViewModel;
import org.virtimpact.ui.results.ResultsViewModel;
import org.virtimpact.ui.run.RunViewModel;

class WorkbenchViewModelTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    private final DirectBackground background = new DirectBackground();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final BenchmarkCatalog catalog = BenchmarkCatalog.standard();
    private final Texts texts = Texts.forLocale(Locale.ROOT);
    private final CampaignViewModel campaign = new CampaignViewModel(new CampaignDraft((d, what, change) -> {
    }, texts), dialogs, texts);
    private final ResultsViewModel results = new ResultsViewModel(catalog, background);
    private final Executor refuse = task -> {
        throw new AssertionError("nothing should run here");
    };
    private final RunViewModel run = new RunViewModel(new RunPlanner(catalog),
            new CampaignRunner(env -> new LocalShell(), catalog, Clock.systemUTC()), new CsvResults(), background,
            refuse, dialogs, results::offer, texts);
    private final WorkbenchViewModel vm = new WorkbenchViewModel(new CampaignStore(), new CsvResults(), background,
            dialogs, campaign, run, results, Texts.forLocale(java.util.Locale.ROOT));

    @Test
    void namesTheCampaignInTheWindowTitle() throws Exception {
        TestCampaigns.quickstartCopy(dir, scratch);
        vm.open(dir);
        assertEquals("VirtImpact — Quickstart on this machine", vm.titleProperty().get());
    }

    @Test
    void handsTheCampaignToEveryPane() throws Exception {
        TestCampaigns.quickstartCopy(dir, scratch);
        vm.open(dir);
        assertEquals("Quickstart on this machine", campaign.nameProperty().get());
        assertEquals(dir, run.campaignProperty().get().dir());
        assertTrue(run.canRunBinding().get());
    }

    @Test
    void loadsExistingResults() throws Exception {
        TestCampaigns.quickstartCopy(dir, scratch);
        Files.writeString(dir.resolve("results.csv"), String.join(",", CsvResults.FIXED) + ",size,block\n"
                + "r1,2024-01-01T00:00:00Z,this machine,Disk,dd,write_rate,150,MB/s,1,ok,1M,512\n");
        vm.open(dir);
        // the quickstart's matrix measures the disk and the memory; only the disk has a result
        assertEquals(List.of("Disk", "Memory"), results.devices().stream().map(d -> d.device()).toList());
        assertEquals(1, results.devices().get(0).metrics().size());
        assertTrue(results.devices().get(1).metrics().isEmpty());
        assertTrue(run.statusProperty().get().contains("1 samples"));
    }

    @Test
    void showsTheResultsFilesWarningsInTheStatusLine() throws Exception {
        TestCampaigns.quickstartCopy(dir, scratch);
        Files.writeString(dir.resolve("results.csv"), String.join(",", CsvResults.FIXED) + ",size,block\n"
                + "r1,2024-01-01T00:00:00Z,this machine,Disk,dd,write_rate,150,MB/s,1,ok,1M,512\nr2,2024");
        vm.open(dir);
        assertTrue(run.statusProperty().get().contains("cut off"), run.statusProperty().get());
    }

    @Test
    void canOpenAnotherCampaignWhenIdle() throws Exception {
        TestCampaigns.quickstartCopy(dir, scratch);
        vm.open(dir);
        assertTrue(vm.canOpenBinding().get());
    }

    @Test
    void explainsAFolderWithoutCampaign() {
        vm.open(dir);
        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.shown().get(0).details().contains("has no campaign.json"));
        assertNull(vm.campaignProperty().get());
        assertEquals("VirtImpact", vm.titleProperty().get());
    }
}
