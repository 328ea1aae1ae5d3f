package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.FxThread.onFx;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Language and theme chosen in the View menu change the open window at once, losing nothing. */
class LiveSettingsFlowTest {

    private static final Texts ENGLISH = Texts.forLocale(Language.ENGLISH.bundleLocale());
    private static final Texts PORTUGUESE = Texts.forLocale(Language.PORTUGUESE.bundleLocale());

    @TempDir
    Path campaignDir;
    @TempDir
    Path scratch;

    private final FxRobot robot = new FxRobot();
    private final Locale before = Locale.getDefault();
    private Application app;

    @BeforeEach
    void openQuickstart() throws Exception {
        Locale.setDefault(Locale.ROOT);
        TestCampaigns.quickstartCopy(campaignDir, scratch);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(Optional.of(campaignDir)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#runButton").queryAs(Button.class).isDisabled());
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Locale.setDefault(before);
    }

    @Test
    void portugueseAppliesAtOnceAndKeepsTheUnsavedEdit() throws Exception {
        robot.clickOn("#add-dd-size").write("3M").type(KeyCode.ENTER);
        assertTrue(onFx(this::ddSizes).contains("3M"), onFx(this::ddSizes).toString());
        assertEquals(ENGLISH.get("workbench.start"), onFx(() -> startButton().getText()));

        choose("view.language", "view.language.portuguese", ENGLISH);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> status().startsWith(
                PORTUGUESE.get("settings.applied") + " ")));
        assertEquals(PORTUGUESE.get("workbench.start"), onFx(() -> startButton().getText()));
        assertTrue(onFx(this::ddSizes).contains("3M"), "the edit survived: " + onFx(this::ddSizes));
        assertTrue(onFx(() -> robot.lookup(".unsaved-badge").query().isVisible()), "and is still unsaved");
    }

    @Test
    void darkThemeAppliesAtOnce() throws Exception {
        assertFalse(onFx(this::darkSheet));
        choose("view.theme", "view.theme.dark", ENGLISH);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(this::darkSheet));
        assertEquals(ENGLISH.get("workbench.start"), onFx(() -> startButton().getText()), "still in English");
    }

    @Test
    void aChangeDuringARunWaitsForItsEnd() throws Exception {
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#cancelButton").queryAs(Button.class).isDisabled());
        // paused, the run can't end before the checks below, however fast this machine is
        fire("#pauseButton");
        choose("view.language", "view.language.portuguese", ENGLISH);
        assertEquals(ENGLISH.get("workbench.start"), onFx(() -> startButton().getText()), "not during the run");
        fire("#detailsButton");
        assertTrue(onFx(() -> runLog().stream().anyMatch(l -> l.endsWith(ENGLISH.get("settings.afterRun")))),
                "the run's log says when it applies: " + onFx(this::runLog));
        fire("#pauseButton");

        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> onFx(() -> PORTUGUESE.get("workbench.start").equals(startButton().getText())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> status().startsWith(
                PORTUGUESE.get("settings.applied") + " ")));
        fire("#detailsButton");
        assertTrue(onFx(() -> runLog().stream().anyMatch(l -> l.endsWith(ENGLISH.get("settings.afterRun")))),
                "the new window keeps the run's log: " + onFx(this::runLog));
    }

    /** Picks an entry of the View menu the way a click does, through its action. */
    private void choose(String menuKey, String itemKey, Texts in) {
        robot.interact(() -> {
            MenuButton view = robot.lookup(".view-menu").queryAs(MenuButton.class);
            Menu menu = (Menu) view.getItems().stream().filter(i -> in.get(menuKey).equals(i.getText()))
                    .findFirst().orElseThrow();
            MenuItem item = menu.getItems().stream().filter(i -> in.get(itemKey).equals(i.getText()))
                    .findFirst().orElseThrow();
            item.fire();
        });
    }

    /** A click through the button's action: the Progress window may stand over the toolbar. */
    private void fire(String button) {
        robot.interact(() -> robot.lookup(button).queryAs(Button.class).fire());
    }

    /** The live log, as the Progress window shows it. */
    @SuppressWarnings("unchecked")
    private List<String> runLog() {
        return List.copyOf(robot.lookup("#runLog").queryAs(ListView.class).getItems());
    }

    private Button startButton() {
        return robot.lookup("#startButton").queryAs(Button.class);
    }

    private String status() {
        return robot.lookup(".status-line").queryAs(Label.class).getText();
    }

    private boolean darkSheet() {
        return robot.lookup("#startButton").query().getScene().getRoot().getStylesheets().stream()
                .anyMatch(s -> s.endsWith("dark.css"));
    }

    private List<String> ddSizes() {
        Node add = robot.lookup("#add-dd-size").query();
        FlowPane chips = (FlowPane) add.getParent().getParent();
        return chips.getChildren().stream().filter(n -> n.getStyleClass().contains("value-chip"))
                .map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList();
    }
}
