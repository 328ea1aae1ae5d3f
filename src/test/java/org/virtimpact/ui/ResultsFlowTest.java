package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.FxThread.onFx;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.ui.results.LiveRow;
import org.virtimpact.ui.results.SummaryRow;

/**
 * The results flow end to end: a measured campaign with two local environments, another
 * baseline, a note on a chart category, a rewritten conclusion; then the app closed and opened
 * again on the same folder, where the note and the sentence are found again.
 */
class ResultsFlowTest {

    private static final String FIRST = "this machine";
    private static final String SECOND = "this machine again";
    private static final String NOTE = "scratch on tmpfs: cache effects likely";
    private static final String SENTENCE = "Disk: both runs on one host, as expected no real difference.";

    @TempDir
    Path campaignDir;
    @TempDir
    Path scratch;

    private final FxRobot robot = new FxRobot();
    private final CampaignStore store = new CampaignStore();
    private final Texts texts = Texts.forLocale(Locale.getDefault());
    private Application app;

    @BeforeEach
    void measureTwoLocalEnvironments() throws Exception {
        Campaign quickstart = TestCampaigns.quickstartCopy(campaignDir, scratch);
        List<Environment> two = new ArrayList<>(quickstart.environments());
        two.add(new Environment(SECOND, "native", "local", Target.local(), scratch.toString(), ""));
        Campaign campaign = quickstart.withEnvironments(two);
        store.save(campaignDir, campaign);
        BenchmarkCatalog catalog = BenchmarkCatalog.standard();
        new CampaignRunner(env -> new LocalShell(), catalog, Clock.systemUTC()).run(
                new RunPlanner(catalog).plan(campaignDir, campaign, ResultSet.empty()), RunListener.NONE,
                CancellationToken.none());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(Optional.of(campaignDir)));
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aTableSortedByAColumnStaysSortedWhenNewFiguresArrive() throws Exception {
        waitFor(() -> diskRows().size() == 2, "two environments in the Disk table");
        onFx(() -> {
            TableView<LiveRow> table = diskTable();
            TableColumn<LiveRow, ?> environment = table.getColumns().get(0);
            environment.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(environment));
            return null;
        });
        List<String> descending = List.of(SECOND, "this machine");
        assertEquals(descending, diskRows().stream().map(SummaryRow::environment).toList());
        List<Boolean> blank = onFx(() -> diskTable().getItems().stream().map(l -> l.get() == null).toList());
        assertTrue(blank.contains(true), "the table keeps blank lines below its rows: " + blank);
        assertEquals(blank.stream().sorted().toList(), blank, "blank lines stay below the rows, sorted or not");
        Object chosen = onFx(() -> {
            diskTable().getSelectionModel().select(blank.size() - 1);
            return diskTable().getSelectionModel().getSelectedItem();
        });
        assertEquals(null, chosen, "a blank line can't be chosen");
        Set<Node> swatches = onFx(this::environmentSwatches);

        onFx(() -> {
            robot.lookup("#baseline").queryComboBox().getSelectionModel().select(SECOND);
            return null;
        });
        waitFor(() -> diskRows().stream().anyMatch(r -> r.environment().equals(SECOND)
                && r.verdict().equals(texts.get("results.verdict.baseline"))), "the new verdicts");
        assertEquals(descending, diskRows().stream().map(SummaryRow::environment).toList(),
                "still sorted by environment, descending");
        // a new swatch node at each update made the software renderer repaint the whole window
        assertEquals(swatches, onFx(this::environmentSwatches), "the environment cells keep their swatches");
    }

    /** The colour swatches in the Disk table's environment cells, as node instances. */
    private Set<Node> environmentSwatches() {
        Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : diskTable().lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && "col-environment".equals(cell.getTableColumn().getId()) && cell.getGraphic() != null) {
                found.add(cell.getGraphic());
            }
        }
        assertTrue(!found.isEmpty(), "the environment cells show swatches");
        return found;
    }

    @Test
    void theBaselineANoteAndAnEditedConclusionSurviveReopening() throws Exception {
        waitFor(() -> diskRows().size() == 2, "two environments in the Disk table");

        ComboBox<String> baseline = robot.lookup("#baseline").queryComboBox();
        onFx(() -> {
            baseline.getSelectionModel().select(SECOND);
            return null;
        });
        waitFor(() -> diskRows().stream().anyMatch(r -> r.environment().equals(SECOND)
                && r.verdict().equals(texts.get("results.verdict.baseline"))), "the second environment as baseline");

        Node disk = onFx(() -> tabs().getTabs().stream().filter(t -> "tab-Disk".equals(t.getId())).findFirst()
                .orElseThrow().getContent());
        ComboBox<String> category = robot.from(disk).lookup("#noteCategory").queryComboBox();
        List<String> categories = onFx(() -> robot.from(disk).lookup("#chart-Disk").queryAs(ChartViewer.class)
                .getChart().getCategoryPlot().getCategories().stream().map(String::valueOf).toList());
        assertEquals(categories.get(0), onFx(category::getValue), "the note goes on the first category");
        // a closed list that nobody uses is not kept up to date: each report restyled it unseen
        assertEquals(List.of(), onFx(() -> List.copyOf(category.getItems())));
        robot.clickOn(category);
        waitFor(category::isShowing, "the category list open");
        assertEquals(categories, onFx(() -> List.copyOf(category.getItems())), "every category of the chart");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(robot.from(disk).lookup("#noteText").queryAs(Node.class)).write(NOTE);
        robot.clickOn(robot.from(disk).lookup("#addNote").queryAs(Node.class));
        waitFor(() -> store.load(campaignDir).annotations().stream().map(Annotation::text).toList()
                .contains(NOTE), "the note saved in campaign.json");

        onFx(() -> {
            tabs().getSelectionModel().select(tab("tab-conclusions"));
            return null;
        });
        TextArea english = robot.lookup("#englishText").queryAs(TextArea.class);
        waitFor(() -> !english.isDisabled(), "an impact row to edit");
        onFx(() -> {
            english.clear();
            return null;
        });
        robot.clickOn(english).write(SENTENCE);
        robot.clickOn("#saveEnglish");
        waitFor(() -> store.load(campaignDir).conclusions().stream().anyMatch(c -> c.text().equals(SENTENCE)),
                "the sentence saved in campaign.json");

        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = FxToolkit.setupApplication(() -> new App(Optional.of(campaignDir)));

        waitFor(() -> diskRows().size() == 2, "the campaign opened again");
        assertEquals(SECOND, onFx(() -> robot.lookup("#baseline").queryComboBox().getValue()));
        Node reopened = onFx(() -> tab("tab-Disk").getContent());
        waitFor(() -> robot.from(reopened).lookup(".note-chip").queryAll().stream()
                .anyMatch(chip -> robot.from(chip).lookup(".label").queryAll().stream()
                        .anyMatch(l -> ((Label) l).getText().contains(NOTE))), "the note listed under the chart");
        ChartViewer chart = robot.from(reopened).lookup("#chart-Disk").queryAs(ChartViewer.class);
        assertEquals(1, onFx(() -> chart.getChart().getCategoryPlot().getAnnotations().size()),
                "the note's badge on the chart");
        onFx(() -> {
            tabs().getSelectionModel().select(tab("tab-conclusions"));
            return null;
        });
        TextArea again = robot.lookup("#englishText").queryAs(TextArea.class);
        waitFor(() -> SENTENCE.equals(again.getText()), "the edited sentence");
        assertTrue(onFx(() -> robot.lookup(".badge").queryAll().stream()
                .anyMatch(b -> texts.get("impact.badge.edited").equals(((Label) b).getText()))));
    }

    private List<SummaryRow> diskRows() {
        return onFx(() -> tabs().getTabs().stream().anyMatch(t -> "tab-Disk".equals(t.getId()))
                ? diskTable().getItems().stream().map(LiveRow::get).filter(Objects::nonNull).toList()
                : List.<SummaryRow>of());
    }

    @SuppressWarnings("unchecked")
    private TableView<LiveRow> diskTable() {
        return (TableView<LiveRow>) robot.from(tab("tab-Disk").getContent()).lookup(".table-view").queryAll()
                .iterator().next();
    }

    private TabPane tabs() {
        return robot.lookup("#resultsTabs").queryAs(TabPane.class);
    }

    private Tab tab(String id) {
        return tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private void waitFor(Callable<Boolean> condition, String what) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                try {
                    return condition.call();
                } catch (Exception e) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new TimeoutException("waited 30 s for " + what);
        }
    }
}
