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

/** Pause, resume, more repetitions and the details the workbench shows of a run. */
class RunControlsTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Sample> received = new CopyOnWriteArrayList<>();
    private final RunViewModel vm = new RunViewModel(new RunPlanner(RunFixtures.CATALOG), RunFixtures.localRunner(),
            new CsvResults(), new DirectBackground(), executor, new RecordingDialogs(), received::addAll);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private void onFx(Runnable command) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(command));
    }

    private void awaitEnd() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pauseKeepsWhatRanAndWaitsUntilResumed() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 30));
        onFx(vm::run);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !received.isEmpty());
        onFx(vm::pause);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.monitor().log().stream()
                .anyMatch(l -> l.contains("Paused: the repetition that was running is finished")));
        int atPause = received.size();
        Thread.sleep(600);

        assertEquals(atPause, received.size(), "nothing is measured while paused");
        assertTrue(vm.runningProperty().get() && vm.pausedProperty().get());
        onFx(vm::resume);
        awaitEnd();
        assertEquals("Done: 30 repetitions measured.", vm.statusProperty().get());
        assertEquals(30 * 4, received.size());
    }

    @Test
    void cancelWhilePausedStopsTheRun() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 30));
        onFx(vm::run);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !received.isEmpty());
        onFx(vm::pause);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.monitor().log().stream()
                .anyMatch(l -> l.contains("Paused:")));

        onFx(vm::cancel);
        awaitEnd();

        assertTrue(vm.statusProperty().get().startsWith("Stopped after "), vm.statusProperty().get());
        assertTrue(!vm.pausedProperty().get());
    }

    @Test
    void moreRepetitionsAreSavedAndOnlyTheNewOnesRun() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 2));
        onFx(vm::run);
        awaitEnd();
        received.clear();

        onFx(() -> vm.runMore(5));
        awaitEnd();

        assertEquals(3 * 4, received.size(), "repetitions 3 to 5 only");
        assertEquals(5, new CampaignStore().load(dir).settings().repetitions());
        assertEquals(5, vm.savedProperty().get().campaign().settings().repetitions(),
                "the panes get the campaign as saved");
        assertTrue(vm.monitor().log().stream().anyMatch(l -> l.contains("Repetitions set to 5")));
    }

    @Test
    void theMonitorShowsEveryEnvironmentWithItsCountAndTheTimeLeft() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 3));
        onFx(vm::run);
        awaitEnd();

        RunMonitor monitor = vm.monitor();
        assertEquals(1.0, monitor.overallProperty().get());
        assertEquals(List.of(new RunMonitor.EnvironmentRow("this machine", 1.0, "3 of 3 runs · done")),
                monitor.environments());
        assertEquals("3 of 3 runs · done", monitor.summaryProperty().get());
        assertTrue(monitor.log().stream().anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d  Run 1 of 3: dd .*")),
                monitor.log()::toString);
    }

    @Test
    void theLogKeepsItsNewestLinesOnly() {
        RunMonitor monitor = new RunMonitor(() -> LocalTime.of(3, 4, 5));
        for (int i = 0; i < RunMonitor.LOG_LINES + 10; i++) {
            monitor.log("line " + i);
        }

        assertEquals(RunMonitor.LOG_LINES, monitor.log().size());
        assertEquals("03:04:05  line 10", monitor.log().get(0));
    }

    @Test
    void timeLeftReadsAsAnEstimate() {
        RunMonitor monitor = new RunMonitor(LocalTime::now);
        monitor.progress(new RunProgress(40, 12, 1, java.util.Optional.of(Duration.ofMinutes(185)), List.of()));

        assertEquals("12 of 40 runs · 1 failed · about 3 h 05 min left", monitor.summaryProperty().get());
        assertEquals("about 45 s left", RunMonitor.left(Duration.ofSeconds(45)));
        assertEquals("time left not known yet", RunMonitor.left(null));
    }
}
