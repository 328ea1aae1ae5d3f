package org.virtimpact.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.PauseControl;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.ui.OpenCampaign;

class RunTaskTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    private final List<List<Sample>> batches = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        // Task posts its progress to the FX thread, so the toolkit must run; no stage is shown.
        FxToolkit.registerPrimaryStage();
    }

    private RunPlan plan(int repetitions) throws Exception {
        OpenCampaign open = RunFixtures.tinyDd(dir, scratch, repetitions);
        return new RunPlanner(RunFixtures.CATALOG).plan(dir, open.campaign(), ResultSet.empty());
    }

    @Test
    void handsOnSamplesInOneBatchWhenTheyComeFasterThanTheInterval() throws Exception {
        RunTask task = new RunTask(RunFixtures.localRunner(), plan(3), batches::add, () -> 0L,
                RunFixtures.ENGLISH);
        task.run();
        assertEquals(1, batches.size());
        assertEquals(3 * 4, batches.get(0).size());
    }

    @Test
    void handsOnSamplesAsTheyComeWhenTheIntervalHasPassed() throws Exception {
        AtomicLong clock = new AtomicLong();
        RunTask task = new RunTask(RunFixtures.localRunner(), plan(2), batches::add,
                () -> clock.addAndGet(RunTask.SAMPLE_INTERVAL_NANOS), RunFixtures.ENGLISH);
        task.run();
        assertEquals(2 * 4, batches.size());
    }

    @Test
    void theMonitorShowsTheNewestProgressOnceAndEveryLogLine() throws Exception {
        RunMonitor monitor = new RunMonitor(() -> LocalTime.NOON, RunFixtures.ENGLISH);
        List<Runnable> fxThread = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        monitor.summaryProperty().addListener((obs, old, now) -> summaries.add(now));
        RunTask task = new RunTask(RunFixtures.localRunner(), plan(3), batches::add, () -> 0L, PauseControl.none(),
                Optional.of(monitor), fxThread::add, RunFixtures.ENGLISH);
        task.run();

        assertEquals(1, fxThread.size(), "one hop to the FX thread while it was busy");
        fxThread.get(0).run();
        assertEquals(2, summaries.size(), "the start, then the newest progress only: " + summaries);
        assertTrue(summaries.get(1).startsWith("3 of 3"), summaries.get(1));
        assertTrue(monitor.log().stream().anyMatch(l -> l.contains("repetition 3")), monitor.log().toString());
    }

    @Test
    void stopEndsTheRunWithACancelledReport() throws Exception {
        RunTask task = new RunTask(RunFixtures.localRunner(), plan(20), batches::add, System::nanoTime,
                RunFixtures.ENGLISH);
        task.stop();
        task.run();
        RunReport report = task.get();
        assertTrue(report.cancelled());
        assertEquals(0, report.completed());
    }
}
