package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.FxThread.onFx;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.export.ExportFixtures;

/** The Export menu of a results tab, end to end: open a measured campaign, copy its chart. */
class ExportMenuFlowTest {

    @TempDir
    Path campaignDir;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void openAMeasuredCampaign() throws Exception {
        ExportFixtures.writeFolder(campaignDir);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(Optional.of(campaignDir)));
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void copyChartPutsTheSlideFigureOnTheClipboard() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#export-Disk").tryQuery().map(n -> !n.isDisabled()).orElse(false)));
        MenuButton menu = robot.lookup("#export-Disk").queryAs(MenuButton.class);
        MenuItem copy = onFx(() -> menu.getItems().stream().filter(i -> "export-copy".equals(i.getId()))
                .findFirst().orElseThrow());
        onFx(() -> {
            Clipboard.getSystemClipboard().clear();
            copy.fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> Clipboard.getSystemClipboard().hasImage()));
        double width = onFx(() -> Clipboard.getSystemClipboard().getImage().getWidth());
        assertEquals(3840, width, "2× slide size by default");
        assertTrue(onFx(() -> !menu.isDisabled()), "the menu is usable again once the copy is done");
    }
}
