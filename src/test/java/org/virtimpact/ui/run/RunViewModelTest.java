package org.virtimpact.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;

class RunViewModelTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Sample> received = new CopyOnWriteArrayList<>();
    private final Texts en = RunFixtures.ENGLISH;
    private RunViewModel vm = viewModel(en);

    private RunViewModel viewModel(Texts texts) {
        return new RunViewModel(new RunPlanner(RunFixtures.CATALOG), RunFixtures.localRunner(), new CsvResults(),
                new DirectBackground(), executor, dialogs, received::addAll, texts);
    }

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void cannotRunWithoutACampaign() {
        assertFalse(vm.canRunBinding().get());
    }

    @Test
    void runsTheCampaignAndPassesSamplesOn() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 2));
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        assertEquals(en.get("run.outcome.done", 2), vm.statusProperty().get());
        assertEquals("Done: 2 repetitions measured.", vm.statusProperty().get());
        assertEquals(2 * 4, received.size());
        assertEquals(1.0, vm.progressProperty().get());
    }

    /** The run's task has nothing to say until its first report; the status line must not go blank meanwhile. */
    @Test
    void theStatusLineKeepsWhatItSaidUntilTheRunSaysSomething() throws Exception {
        List<Runnable> held = new CopyOnWriteArrayList<>();
        RunViewModel holding = new RunViewModel(new RunPlanner(RunFixtures.CATALOG), RunFixtures.localRunner(),
                new CsvResults(), new DirectBackground(), held::add, dialogs, received::addAll, en);
        holding.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 2));
        RunFixtures.onFx(holding::run);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> held.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(en.get("run.preparing"), holding.statusProperty().get(), "the run is launched, not started");
        executor.execute(held.get(0));
        RunFixtures.awaitEnd(holding);
        assertEquals(en.get("run.outcome.done", 2), holding.statusProperty().get());
    }

    @Test
    void runningAgainOnlyMeasuresWhatIsMissing() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 2));
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        assertEquals(en.get("run.allMeasured", 2), vm.statusProperty().get());
    }

    @Test
    void cancelStopsTheRunAndSaysHowToResume() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 50));
        RunFixtures.onFx(() -> {
            vm.run();
            vm.cancel();
        });
        RunFixtures.awaitEnd(vm);
        assertEquals(en.get("run.outcome.stopped", 0, 50), vm.statusProperty().get());
        assertTrue(dialogs.shown().isEmpty());
    }

    @Test
    void explainsWhyACampaignCannotRun() throws Exception {
        vm.campaignProperty().set(RunFixtures.campaign(dir, scratch, "nosuchbench", 1));
        RunFixtures.onFx(vm::run);
        assertFalse(vm.runningProperty().get());
        assertEquals(en.get("run.plan.header"), dialogs.shown().get(0).headline());
        assertTrue(dialogs.shown().get(0).details().contains("Unknown benchmark 'nosuchbench'"));
    }

    @Test
    void reportsFailedRepetitionsInADialog() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch.resolve("missing/folder"), 1));
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        assertEquals(en.get("run.outcome.someFailed", 0, 1, 1), vm.statusProperty().get());
        assertEquals(en.get("run.failed.header", 1, 1), dialogs.shown().get(0).headline());
        assertEquals("1 of 1 repetition failed", dialogs.shown().get(0).headline());
    }

    @Test
    void speaksPortugueseWhenThePersonDoes() throws Exception {
        vm = viewModel(RunFixtures.PORTUGUESE);
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 2));
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        assertEquals("Concluída: 2 repetições medidas.", vm.statusProperty().get());
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        assertTrue(vm.statusProperty().get().startsWith("Todas as 2 repetições já foram medidas."),
                vm.statusProperty().get());
    }
}
