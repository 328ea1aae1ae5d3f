package org.virtimpact.ui.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.virtimpact.chart.BarCharts;
import org.virtimpact.chart.ChartDecor;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.ui.InFront;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.notes.NotesViewModel;

/** One device's tab: metric and view choices, the chart with its notes, the numbers, the runs. */
public final class DeviceResultsView {

    private static final double RUNS_SHARE = 0.68;

    private final DeviceResultsViewModel viewModel;
    private final NotesViewModel notesModel;
    private final ChartTheme theme;
    private final Numbers numbers;
    private final Texts texts;
    private final Parent root;
    private final ChartViewer viewer;
    /** Built when the runs are first opened: most tabs never show them. */
    private RunsView runsView;
    /** The table's own copy of the view model's rows, taken only while the tab is in front. */
    private final LiveRows tableRows = new LiveRows();
    private final InFront front = new InFront(this::catchUp);
    private boolean chartBehind = true;
    /** False until the tab has been laid out once: its table's cells come one pulse after the rest. */
    private boolean tableReady;
    /** The table's update waits for the pulse that draws the chart to be over. */
    private boolean tableQueued;

    @FXML private HBox metricBar;
    @FXML private ComboBox<MetricOption> metric;
    @FXML private ToggleGroup whiskerGroup;
    @FXML private ToggleButton ciToggle;
    @FXML private ToggleButton sdToggle;
    @FXML private CheckBox logAxis;
    @FXML private CheckBox normalised;
    @FXML private SplitPane sideSplit;
    @FXML private StackPane chartHolder;
    @FXML private Label chartNote;
    @FXML private Label overlayNote;
    @FXML private FlowPane noteChips;
    @FXML private ComboBox<String> noteCategory;
    @FXML private TextField noteText;
    @FXML private Button addNote;
    @FXML private TableView<LiveRow> summary;
    @FXML private Label summaryEmpty;

    public DeviceResultsView(DeviceResultsViewModel viewModel, NotesViewModel notesModel, ChartTheme theme,
                             Numbers numbers, Texts texts) {
        this.viewModel = viewModel;
        this.notesModel = notesModel;
        this.theme = theme;
        this.numbers = numbers;
        this.texts = texts;
        // Our own context menu replaces the viewer's: its export entries bypass the export menu.
        this.viewer = new ChartViewer(emptyChart(), false);
        FXMLLoader loader = new FXMLLoader(DeviceResultsView.class.getResource("DeviceResults.fxml"), texts.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("DeviceResults.fxml is missing from this build", e);
        }
    }

    public Parent root() {
        return root;
    }

    /** Chart and table follow the view model while {@code inFront} (the tab is selected) holds. */
    void showWhile(ObservableBooleanValue inFront) {
        front.follow(inFront);
    }

    /** Puts a control (the Export menu) at the right end of the bar above the chart. */
    void addToBar(Node node) {
        metricBar.getChildren().add(node);
    }

    @FXML
    private void initialize() {
        metric.setItems(viewModel.metrics());
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(MetricOption option) {
                return option == null ? "" : option.label(viewModel.severalBenchmarksProperty().get(), texts.words());
            }

            @Override
            public MetricOption fromString(String text) {
                return metric.getValue();
            }
        });
        metric.valueProperty().bindBidirectional(viewModel.selectedMetricProperty());
        bindWhiskers();
        logAxis.selectedProperty().bindBidirectional(viewModel.logAxisProperty());
        normalised.selectedProperty().bindBidirectional(viewModel.normalisedProperty());

        viewer.setId("chart-" + viewModel.device());
        chartHolder.getChildren().setAll(viewer);
        NoteStrip notes = new NoteStrip(viewModel, notesModel, texts, noteChips, noteCategory, noteText, addNote);
        new ChartClicks(viewModel, texts, notes::start).attach(viewer);
        viewModel.shownProperty().addListener((obs, old, shown) -> {
            chartBehind = true;
            front.changed();
        });

        chartNote.textProperty().bind(viewModel.chartNoteProperty());
        overlayNote.textProperty().bind(viewModel.overlayNoteProperty());
        // The note's line stays, empty or not: a run's first results bring it (one run per bar, no
        // whiskers) and the second takes it away, and each time the chart's canvas changed size and
        // JFreeChart drew the chart again, one layout pass after drawing it.
        chartNote.visibleProperty().bind(chartNote.textProperty().isNotEmpty());
        showWhenText(overlayNote);

        new SummaryTable(texts, numbers).configure(summary, tableRows, viewModel.overlaidProperty(),
                viewModel::showRuns);
        summaryEmpty.visibleProperty().bind(tableRows.empty().and(Bindings.isNotEmpty(tableRows.lines())));
        summary.heightProperty().addListener(o -> fitLines());
        viewModel.rows().addListener((ListChangeListener<SummaryRow>) c -> front.changed());
        FirstPulse.after(summary, () -> {
            tableReady = true;
            front.changed();
        });
        front.changed();
        viewModel.runs().openProperty().addListener((obs, was, open) -> showRuns(open));
    }

    private void bindWhiskers() {
        ciToggle.setUserData(WhiskerChoice.CONFIDENCE_INTERVAL);
        sdToggle.setUserData(WhiskerChoice.STANDARD_DEVIATION);
        whiskerGroup.selectToggle(viewModel.whiskersProperty().get() == WhiskerChoice.STANDARD_DEVIATION
                ? sdToggle : ciToggle);
        whiskerGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // a toggle button deselects itself when pressed again; one choice is always on
                whiskerGroup.selectToggle(old);
            } else {
                viewModel.whiskersProperty().set((WhiskerChoice) now.getUserData());
            }
        });
        ciToggle.disableProperty().bind(viewModel.normalisedProperty());
        sdToggle.disableProperty().bind(viewModel.normalisedProperty());
    }

    /** The device's chart before it has a bar: its title and "no results yet", in the person's language. */
    private JFreeChart emptyChart() {
        return BarCharts.create(new ChartSpec(texts.words().device(viewModel.device()), "", List.of(), List.of()),
                theme, ChartDecor.none(), texts.words());
    }

    private void catchUp() {
        if (chartBehind) {
            chartBehind = false;
            draw(viewModel.shownProperty().get());
        }
        if (tableReady && !tableQueued) {
            // the chart is drawn in this pulse and the table in the next: two shorter freezes, not one long one
            tableQueued = true;
            FirstPulse.after(summary, () -> {
                tableQueued = false;
                tableRows.show(viewModel.rows());
                // the lines take the view model's order; a column the person sorted by keeps its own
                if (!summary.getSortOrder().isEmpty()) {
                    summary.sort();
                }
            });
        }
    }

    private void draw(ShownChart shown) {
        viewer.setChart(shown == null ? emptyChart() : BarCharts.create(shown.spec(), theme, shown.decor(), texts.words()));
    }

    /** As many lines as the table shows without scrolling stay in it, blank or not. */
    private void fitLines() {
        double line = summary.getFixedCellSize();
        if (line <= 0) {
            return;
        }
        Node header = summary.lookup(".column-header-background");
        double top = header == null || header.getLayoutBounds().getHeight() <= 0 ? line
                : header.getLayoutBounds().getHeight();
        // a line's height kept free for the horizontal scroll bar: a line too many would bring a vertical one
        tableRows.keepAtLeast((int) Math.floor((summary.getHeight() - top) / line) - 1);
    }

    private void showRuns(boolean open) {
        if (open && runsView == null) {
            runsView = new RunsView(viewModel.runs(), numbers, texts);
        }
        if (open && !sideSplit.getItems().contains(runsView.root())) {
            sideSplit.getItems().add(runsView.root());
            sideSplit.setDividerPositions(RUNS_SHARE);
        } else if (!open && runsView != null) {
            sideSplit.getItems().remove(runsView.root());
        }
    }

    private static void showWhenText(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
    }
}
