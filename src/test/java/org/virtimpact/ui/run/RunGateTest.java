package org.virtimpact.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.preflight.CheckRow;
import org.virtimpact.core.preflight.CheckTable;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.RecordingDialogs;

/** A run from the workbench passes the same checks as 'virtimpact run', and "Run anyway" is its --skip-checks. */
class RunGateTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<List<String>> checked = new ArrayList<>();
    private final List<PreflightReport> blocked = new ArrayList<>();
    private final List<Runnable> runAnyway = new ArrayList<>();
    private final AtomicBoolean unsaved = new AtomicBoolean(false);
    private PreflightReport answer;

    private final RunViewModel vm = new RunViewModel(new RunPlanner(RunFixtures.CATALOG), RunFixtures.localRunner(),
            new CsvResults(), new DirectBackground(), executor, dialogs, samples -> { },
            new RunGate((d, campaign, envs, cancel) -> {
                checked.add(envs.stream().map(Environment::name).toList());
                return answer;
            }, (report, anyway) -> {
                blocked.add(report);
                runAnyway.add(anyway);
            }, unsaved::get), RunFixtures.ENGLISH);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private static PreflightReport report(CheckRow row) {
        return new PreflightReport(new CheckTable(CheckTable.CAMPAIGN, "", List.of()),
                List.of(new CheckTable("this machine", "this machine", List.of(row))), Map.of(), List.of(), false);
    }

    @Test
    void runsWhenEveryRequiredCheckPasses() throws Exception {
        answer = report(CheckRow.ok("tools", true, "dd"));
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 2));
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        assertEquals(List.of(List.of("this machine")), checked, "the environments with repetitions to run");
        assertEquals(RunFixtures.ENGLISH.get("run.outcome.done", 2), vm.statusProperty().get());
    }

    @Test
    void aFailedRequiredCheckStopsTheRunAndShowsTheTable() throws Exception {
        answer = report(CheckRow.failed("tools", "dd is missing", "Install coreutils"));
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 2));
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        assertEquals(List.of(answer), blocked);
        assertEquals(RunFixtures.ENGLISH.get("run.checks.failed", 1), vm.statusProperty().get());
        assertFalse(Files.exists(dir.resolve("results.csv")), "nothing measured");
    }

    @Test
    void runAnywayStartsDespiteTheFailedCheck() throws Exception {
        answer = report(CheckRow.failed("tools", "dd is missing", "Install coreutils"));
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 2));
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        RunFixtures.onFx(runAnyway.get(0));
        assertTrue(vm.runningProperty().get());
        RunFixtures.awaitEnd(vm);
        assertEquals(RunFixtures.ENGLISH.get("run.outcome.done", 2), vm.statusProperty().get());
    }

    @Test
    void aWarningDoesNotStopTheRun() throws Exception {
        answer = report(CheckRow.warning("same VM", "cpus differ", "Give the guests identical vCPUs"));
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 1));
        RunFixtures.onFx(vm::run);
        RunFixtures.awaitEnd(vm);
        assertTrue(blocked.isEmpty());
        assertEquals("Done: 1 repetition measured.", vm.statusProperty().get());
    }

    @Test
    void unsavedEditsMustBeSavedBeforeARun() throws Exception {
        unsaved.set(true);
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 1));
        RunFixtures.onFx(vm::run);
        assertFalse(vm.runningProperty().get());
        assertTrue(checked.isEmpty());
        assertEquals(RunFixtures.ENGLISH.get("run.unsaved"), dialogs.shown().get(0).headline());
    }
}
