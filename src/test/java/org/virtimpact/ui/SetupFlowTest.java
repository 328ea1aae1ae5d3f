package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.FxThread.onFx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.core.campaign.CampaignStore;

/** Setting a study up: a new campaign from the 2008 template, and the matrix refusing a bad size. */
class SetupFlowTest {

    @TempDir
    Path quickstart;
    @TempDir
    Path scratch;
    @TempDir
    Path studies;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Stage stage;

    @BeforeEach
    void openShrunkQuickstart() throws Exception {
        TestCampaigns.quickstartCopy(quickstart, scratch);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(Optional.of(quickstart)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> stage.getTitle().contains("Quickstart")));
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void createsTheXenStudyFromItsTemplateAndRefusesABadSizeInline() throws Exception {
        robot.clickOn("#startButton");
        robot.clickOn("#template-xen-2008");
        TextField location = robot.lookup("#locationField").queryAs(TextField.class);
        robot.interact(location::clear);
        robot.clickOn(location).write(studies.toString());
        robot.clickOn("#createButton");

        Path created = studies.resolve("xen-2008-study");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> stage.getTitle().contains("2008")));
        assertEquals("Xen PV vs HVM (2008 study)", new CampaignStore().load(created).name());
        assertFalse(onFx(() -> shown(robot.lookup("#createButton").query())), "the start page made way");

        robot.clickOn("#add-dd-size").write("45Q");
        Label problem = robot.lookup("#problem-dd-size").queryAs(Label.class);
        assertTrue(onFx(() -> shown(problem)));
        assertTrue(onFx(problem::getText).contains("'45Q' has an unknown unit 'Q'"), onFx(problem::getText));
        robot.type(KeyCode.ENTER);
        assertEquals(6, onFx(this::ddSizes).size(), "the refused value was not added: " + onFx(this::ddSizes));

        robot.eraseText(3).write("8G").type(KeyCode.ENTER);
        assertEquals("8G", onFx(this::ddSizes).get(6));
        assertTrue(onFx(() -> shown(robot.lookup(".unsaved-badge").query())));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(6, onFx(this::ddSizes).size(), "Ctrl+Z took the value back: " + onFx(this::ddSizes));
        assertEquals(6, new CampaignStore().load(created).benchmarks().get(0).axes().get("size").size(),
                "nothing saved yet");
    }

    /** Visible on screen: the node and every parent up to the scene. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The value chips of dd's size axis, in order. */
    private List<String> ddSizes() {
        FlowPane chips = (FlowPane) robot.lookup("#add-dd-size").query().getParent().getParent();
        return chips.getChildren().stream().filter(n -> n.getStyleClass().contains("value-chip"))
                .map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList();
    }
}
