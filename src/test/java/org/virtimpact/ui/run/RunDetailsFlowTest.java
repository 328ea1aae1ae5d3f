package org.virtimpact.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.RecordingDialogs;

/** The run bar and its Progress… window, on a headless stage: a bar per environment and the live log. */
class RunDetailsFlowTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    private final FxRobot robot = new FxRobot();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private RunViewModel vm;

    @BeforeEach
    void showTheRunBar() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        vm = new RunViewModel(new RunPlanner(RunFixtures.CATALOG), RunFixtures.localRunner(), new CsvResults(),
                new DirectBackground(), executor, new RecordingDialogs(), samples -> { }, RunFixtures.ENGLISH);
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 3));
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new RunView(vm, RunFixtures.ENGLISH).root(), 900, 80));
            s.show();
        });
        assertTrue(stage.isShowing());
    }

    @AfterEach
    void close() throws Exception {
        executor.shutdownNow();
        FxToolkit.cleanupStages();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theProgressWindowShowsEachEnvironmentAndTheLog() throws Exception {
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#cancelButton").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#detailsButton");
        WaitForAsyncUtils.waitForFxEvents();

        ProgressBar env = robot.lookup("#progress-this_machine").queryAs(ProgressBar.class);
        assertEquals(1.0, onFx(env::getProgress));
        @SuppressWarnings("unchecked")
        ListView<String> log = robot.lookup("#runLog").queryAs(ListView.class);
        assertTrue(onFx(() -> log.getItems().stream().anyMatch(l -> l.contains("Run 3 of 3"))),
                () -> "log: " + log.getItems());
        assertTrue(onFx(() -> robot.lookup(".run-summary").queryLabeled().getText())
                .startsWith(RunFixtures.ENGLISH.get("run.monitor.count", 3, 3)));
    }

    /**
     * A bar that turns indeterminate, or back, builds its nodes anew and styles and lays them out,
     * and while indeterminate it redraws at every pulse: the run bar stays a plain bar from the
     * moment Run is pressed, empty while the run is prepared.
     */
    @Test
    void theRunBarNeverTurnsIndeterminate() throws Exception {
        ProgressBar bar = robot.lookup("#progress").queryAs(ProgressBar.class);
        List<Double> shown = new CopyOnWriteArrayList<>();
        onFx(() -> {
            bar.progressProperty().addListener((obs, old, now) -> shown.add(now.doubleValue()));
            return null;
        });

        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#cancelButton").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(shown.stream().allMatch(p -> p >= 0), "every value the bar took: " + shown);
        assertEquals(1.0, onFx(bar::getProgress));
        assertTrue(onFx(bar::isVisible), "a finished run's bar stays in view");
    }

    @Test
    void opensOnTheNewestLineOfALongLog() throws Exception {
        vm.campaignProperty().set(RunFixtures.tinyDd(dir, scratch, 30));
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> robot.lookup("#cancelButton").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#detailsButton");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<String> log = robot.lookup("#runLog").queryAs(ListView.class);
        String newest = onFx(() -> log.getItems().get(log.getItems().size() - 1));
        String oldest = onFx(() -> log.getItems().get(0));
        assertTrue(onFx(() -> shown(log, newest)), "the newest line is in view");
        assertTrue(!onFx(() -> shown(log, oldest)), "a log this long does not fit: the test would prove nothing");
    }

    private static boolean shown(ListView<String> log, String line) {
        return log.lookupAll(".list-cell").stream().anyMatch(c -> c.isVisible()
                && line.equals(((ListCell<?>) c).getText()));
    }
}
