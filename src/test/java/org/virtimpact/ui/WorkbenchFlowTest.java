package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.FxThread.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.application.Application;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole walking skeleton: open the quickstart, press Run, see bars for every device. */
class WorkbenchFlowTest {

    private static final String ENV = "this machine";

    @TempDir
    Path campaignDir;
    @TempDir
    Path scratch;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void openShrunkQuickstart() throws Exception {
        TestCampaigns.quickstartCopy(campaignDir, scratch);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(Optional.of(campaignDir)));
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void runningTheQuickstartDrawsBarsForDiskAndMemory() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#runButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#runButton");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(this::finishedWithBars));
        } catch (TimeoutException e) {
            throw new AssertionError("no bars after 60 s; status: " + onFx(this::status) + "; tabs: "
                    + onFx(() -> deviceTabs().stream().map(t -> t.getText() + "=" + means(t)).toList()), e);
        }
        assertEquals(List.of("Disk", "Memory"), onFx(() -> deviceTabs().stream().map(Tab::getText).toList()));
        for (Tab tab : onFx(this::deviceTabs)) {
            List<Double> means = onFx(() -> means(tab));
            assertEquals(1, means.size(), tab.getText() + ": one cell expected");
            assertTrue(means.get(0) > 0, tab.getText() + " bar is not positive: " + means);
        }
    }

    /**
     * A root whose bounds change is repainted whole, which the software renderer takes tens of
     * milliseconds for; something laid out past the window's edge must not be able to cause that.
     */
    @Test
    void whatSpillsOverTheWindowsEdgeLeavesTheRootsBoundsAlone() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#runButton").queryAs(Button.class).isDisabled());
        Bounds before = onFx(() -> robot.lookup(".status-bar").query().getScene().getRoot().getBoundsInLocal());
        Bounds after = onFx(() -> {
            Node bar = robot.lookup(".status-bar").query();
            bar.setTranslateY(bar.getLayoutBounds().getHeight());
            return bar.getScene().getRoot().getBoundsInLocal();
        });
        assertEquals(before, after);
        assertEquals(onFx(() -> robot.lookup(".status-bar").query().getScene().getHeight()), after.getMaxY());
    }

    private boolean finishedWithBars() {
        return !robot.lookup("#cancelButton").queryAs(Button.class).isDisabled() ? false
                : deviceTabs().size() == 2 && deviceTabs().stream().allMatch(t -> !means(t).isEmpty());
    }

    /** The results tabs with a chart; the Conclusions tab follows them. */
    private List<Tab> deviceTabs() {
        return tabs().getTabs().stream().filter(t -> !"tab-conclusions".equals(t.getId())).toList();
    }

    private TabPane tabs() {
        return robot.lookup("#resultsTabs").queryAs(TabPane.class);
    }

    private String status() {
        return robot.lookup(".status-line").queryAs(Label.class).getText();
    }

    /**
     * The means charted for this machine, one per matrix cell that has a bar. The tab is brought to
     * the front first: a tab's content is built, and its chart drawn, only while it is in front.
     */
    private static List<Double> means(Tab tab) {
        tab.getTabPane().getSelectionModel().select(tab);
        ChartViewer viewer = find(tab.getContent(), ChartViewer.class);
        DefaultStatisticalCategoryDataset data =
                (DefaultStatisticalCategoryDataset) viewer.getChart().getCategoryPlot().getDataset();
        List<Double> means = new ArrayList<>();
        if (data.getRowIndex(ENV) < 0) {
            return means;
        }
        for (Object column : data.getColumnKeys()) {
            Number mean = data.getMeanValue(ENV, (Comparable<?>) column);
            if (mean != null) {
                means.add(mean.doubleValue());
            }
        }
        return means;
    }

    private static <T> T find(Node node, Class<T> type) {
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        // A split pane that was never shown has no skin yet, so its items are not its children.
        List<Node> children = node instanceof SplitPane split ? split.getItems()
                : node instanceof Parent parent ? parent.getChildrenUnmodifiable() : List.of();
        for (Node child : children) {
            T found = find(child, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
