package org.virtimpact.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
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
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.RunProgress;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;

/** Pause, resume, more repetitions and the details the workbench shows of a run. */
class RunControlsTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Sample> received = new CopyOnWriteArrayList<>();
    private final Texts en = RunFixtures.ENGLISH;
    private final RunViewModel vm = new RunViewModel(new RunPlanner(RunFixtures.CATALOG), RunFixtures.localRunner(),
            new CsvResults(), new DirectBackground(), executor, new RecordingDialogs(), received::addAll, en);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void pauseKeepsWhatRanAndWaitsUntilResumed() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 30));
        RunFixtures.onFx(vm::run);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !received.isEmpty());
        RunFixtures.onFx(vm::pause);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.monitor().log().stream()
                .anyMatch(l -> l.endsWith(en.get("run.task.paused"))));
        int atPause = received.size();
        Thread.sleep(600);

        assertEquals(atPause, received.size(), "nothing is measured while paused");
        assertTrue(vm.runningProperty().get() && vm.pausedProperty().get());
        RunFixtures.onFx(vm::resume);
        RunFixtures.awaitEnd(vm);
        assertEquals(en.get("run.outcome.done", 30), vm.statusProperty().get());
        assertEquals(30 * 4, received.size());
    }

    @Test
    void pausePressedWhileTheRunIsPreparedHoldsItsFirstRepetition() throws Exception {
        DirectBackground held = new DirectBackground();
        RunViewModel preparing = new RunViewModel(new RunPlanner(RunFixtures.CATALOG), RunFixtures.localRunner(),
                new CsvResults(), held, executor, new RecordingDialogs(), received::addAll, en);
        preparing.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 3));
        held.hold();
        RunFixtures.onFx(preparing::run);
        RunFixtures.onFx(preparing::pause);
        assertTrue(preparing.pausedProperty().get(), "the button said Resume at once");
        RunFixtures.onFx(() -> held.held().get(0).run());
        Thread.sleep(1000);

        assertTrue(received.isEmpty(), "nothing is measured before Resume: " + received.size());
        RunFixtures.onFx(preparing::resume);
        RunFixtures.awaitEnd(preparing);
        assertEquals(3 * 4, received.size());
    }

    @Test
    void cancelWhilePausedStopsTheRun() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 30));
        RunFixtures.onFx(vm::run);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !received.isEmpty());
        RunFixtures.onFx(vm::pause);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.monitor().log().stream()
                .anyMatch(l -> l.endsWith(en.get("run.task.paused"))));

        RunFixtures.onFx(vm::cancel);
        RunFixtures.awaitEnd(vm);

        assertTrue(vm.statusProperty().get().startsWith("Stopped after "), vm.statusProperty().get());
        assertTrue(vm.monitor().log().stream().anyMatch(l -> l.endsWith(en.get("run.task.stopped"))));
        assertTrue(!vm.pausedProperty().get());
    }

    @Test
    void moreRepetitionsAreSavedAndOnlyTheNewOnesRun() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 2));
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        received.clear();

        RunFixtures.onFx(() -> vm.runMore(5));
        RunFixtures.awaitEnd(vm);

        assertEquals(3 * 4, received.size(), "repetitions 3 to 5 only");
        assertEquals(5, new CampaignStore().load(dir).settings().repetitions());
        assertEquals(5, vm.savedProperty().get().campaign().settings().repetitions(),
                "the panes get the campaign as saved");
        assertTrue(vm.monitor().log().stream().anyMatch(l -> l.contains("Repetitions set to 5")));
    }

    @Test
    void theMonitorShowsEveryEnvironmentWithItsCountAndTheTimeLeft() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 3));
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);

        RunMonitor monitor = vm.monitor();
        assertEquals(1.0, monitor.overallProperty().get());
        String line = en.get("run.monitor.line", en.get("run.monitor.count", 3, 3), en.get("run.left.done"));
        assertEquals("3 of 3 runs · done", line);
        assertEquals(List.of(new RunMonitor.EnvironmentRow("this machine", 1.0, line)), monitor.environments());
        assertEquals(line, monitor.summaryProperty().get());
        assertTrue(monitor.log().stream().anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d  Run 1 of 3: dd .*")),
                monitor.log()::toString);
    }

    @Test
    void theLogKeepsItsNewestLinesOnly() {
        RunMonitor monitor = new RunMonitor(() -> LocalTime.of(3, 4, 5), en);
        for (int i = 0; i < RunMonitor.LOG_LINES + 10; i++) {
            monitor.log("line " + i);
        }

        assertEquals(RunMonitor.LOG_LINES, monitor.log().size());
        assertEquals("03:04:05  line 10", monitor.log().get(0));
    }

    @Test
    void timeLeftReadsAsAnEstimate() {
        RunMonitor monitor = new RunMonitor(LocalTime::now, en);
        monitor.progress(new RunProgress(40, 12, 1, java.util.Optional.of(Duration.ofMinutes(185)), List.of()));

        assertEquals("12 of 40 runs · 1 failed · about 3 h 05 min left", monitor.summaryProperty().get());
        assertEquals(en.get("run.left.seconds", 45), monitor.left(Duration.ofSeconds(45)));
        assertEquals(en.get("run.left.unknown"), monitor.left(null));
    }

    @Test
    void theMonitorSpeaksPortugueseWithItsNumbers() {
        RunMonitor monitor = new RunMonitor(LocalTime::now, RunFixtures.PORTUGUESE);
        monitor.progress(new RunProgress(4000, 1200, 1, java.util.Optional.of(Duration.ofMinutes(185)), List.of()));

        assertEquals("1.200 de 4.000 execuções · 1 falhou · faltam cerca de 3 h 05 min",
                monitor.summaryProperty().get());
    }
}
