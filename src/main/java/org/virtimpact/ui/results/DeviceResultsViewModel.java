package org.virtimpact.ui.results;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.chart.ChartQuery;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.report.CellRow;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.ui.ListEdits;
import org.virtimpact.ui.Texts;

/**
 * One tab of the results: the device's metrics, the chosen one's chart and table, and how to
 * look at it (whiskers, log axis, ratios to the baseline). It receives reports already built off
 * the FX thread; choosing a metric or a view only picks from them.
 */
public final class DeviceResultsViewModel {

    private final String device;
    private final ObservableList<MetricOption> metrics = FXCollections.observableArrayList();
    // Wrappers are kept in fields: one listens only weakly to its list.
    private final ObservableList<MetricOption> metricsView = FXCollections.unmodifiableObservableList(metrics);
    private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SummaryRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final ObservableList<Annotation> notes = FXCollections.observableArrayList();
    private final ObservableList<Annotation> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ReadOnlyBooleanWrapper severalBenchmarks = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper overlaid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ChartSpec> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ShownChart> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overlayNote = new ReadOnlyStringWrapper("");
    private final ObjectProperty<MetricOption> selectedMetric = new SimpleObjectProperty<>();
    private final ObjectProperty<WhiskerChoice> whiskers = new SimpleObjectProperty<>(WhiskerChoice.CONFIDENCE_INTERVAL);
    private final BooleanProperty logAxis = new SimpleBooleanProperty(false);
    private final BooleanProperty normalised = new SimpleBooleanProperty(false);

    private final DeviceChart drawing;
    private final SummaryRows tables;
    private final RunsViewModel runs;
    private Optional<TabData> data = Optional.empty();
    /** True while a report is taken: the choices it moves don't redraw on their own, it redraws once. */
    private boolean taking;

    public DeviceResultsViewModel(String device, Texts texts, RunsViewModel runs) {
        this.device = device;
        this.drawing = new DeviceChart(texts);
        this.tables = new SummaryRows(texts);
        this.runs = runs;
        selectedMetric.addListener((obs, old, now) -> chosen());
        whiskers.addListener((obs, old, now) -> chosen());
        logAxis.addListener((obs, old, now) -> chosen());
        normalised.addListener((obs, old, now) -> chosen());
    }

    /** The device title, as in the results file: the tab's name. */
    public String device() {
        return device;
    }

    public ObservableList<MetricOption> metrics() {
        return metricsView;
    }

    /** True when the device's metrics come from more than one tool, so labels must name it. */
    public ReadOnlyBooleanProperty severalBenchmarksProperty() {
        return severalBenchmarks.getReadOnlyProperty();
    }

    /** True while another campaign is laid over this one: the table shows its columns. */
    public ReadOnlyBooleanProperty overlaidProperty() {
        return overlaid.getReadOnlyProperty();
    }

    /** The figure's numbers, as exported; null while there is no metric to show. */
    public ReadOnlyObjectProperty<ChartSpec> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The figure with what the screen draws over it. */
    public ReadOnlyObjectProperty<ShownChart> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<SummaryRow> rows() {
        return rowsView;
    }

    /** The chart's categories, in their order: where a note can go. */
    public ObservableList<String> categories() {
        return categoriesView;
    }

    /** The notes on this chart; the n-th is badge n on the chart. */
    public ObservableList<Annotation> notes() {
        return notesView;
    }

    /** Caveats about the chart (bars without whisker, ratios without baseline); empty when none. */
    public ReadOnlyStringProperty chartNoteProperty() {
        return chartNote.getReadOnlyProperty();
    }

    /** What the overlaid campaign matched on this chart, and what it didn't. */
    public ReadOnlyStringProperty overlayNoteProperty() {
        return overlayNote.getReadOnlyProperty();
    }

    public RunsViewModel runs() {
        return runs;
    }

    /** The metric shown; the first one unless the person picked another. */
    public ObjectProperty<MetricOption> selectedMetricProperty() {
        return selectedMetric;
    }

    public ObjectProperty<WhiskerChoice> whiskersProperty() {
        return whiskers;
    }

    public BooleanProperty logAxisProperty() {
        return logAxis;
    }

    /** Bars as ratios to the baseline environment, with the ratio's confidence interval. */
    public BooleanProperty normalisedProperty() {
        return normalised;
    }

    /** The chart shown, as a query: what a note or an export is about. */
    public Optional<ChartQuery> query() {
        MetricOption option = selectedMetric.get();
        return option == null ? Optional.empty() : Optional.of(new ChartQuery(device, option.benchmark(),
                option.metric()));
    }

    /** Shows the runs behind the bar of {@code environment} in {@code category}, as clicked. */
    public void showRuns(String environment, String category) {
        chartRows().stream().filter(r -> r.key().environment().equals(environment)
                && r.key().category().equals(category)).findFirst().map(CellRow::key).ifPresent(runs::show);
    }

    /** Shows the runs behind a line of the table. */
    public void showRuns(CellKey key) {
        runs.show(key);
    }

    /** Takes a new report; keeps the chosen metric and view when it still has data. */
    void update(TabData newData) {
        data = Optional.of(newData);
        List<MetricOption> options = newData.options();
        overlaid.set(newData.overlay().isPresent());
        if (!metrics.equals(options)) {
            MetricOption keep = selectedMetric.get();
            taking = true;
            try {
                metrics.setAll(options);
                severalBenchmarks.set(options.stream().map(MetricOption::benchmark).distinct().count() > 1);
                selectedMetric.set(keep != null && options.contains(keep) ? keep
                        : options.isEmpty() ? null : options.get(0));
            } finally {
                taking = false;
            }
        }
        redraw();
    }

    /**
     * A first report brings the metrics and so the choice of one; drawing for that choice and
     * again for the report drew the chart twice in the run's first results.
     */
    private void chosen() {
        if (!taking) {
            redraw();
        }
    }

    private List<CellRow> chartRows() {
        Optional<ChartQuery> query = query();
        if (data.isEmpty() || query.isEmpty()) {
            return List.of();
        }
        return data.get().report().cells(device).stream().filter(r -> r.key().benchmark().equals(
                query.get().benchmark()) && r.key().metric().equals(query.get().metric().name())).toList();
    }

    private void redraw() {
        Optional<ChartQuery> query = query();
        if (data.isEmpty() || query.isEmpty()) {
            chart.set(null);
            shown.set(null);
            rows.clear();
            categories.clear();
            notes.clear();
            return;
        }
        List<CellRow> cells = chartRows();
        DeviceChart.Drawn drawn = drawing.draw(data.get(), query.get(), cells, new DeviceChart.Choices(
                whiskers.get(), logAxis.get(), normalised.get()));
        // edited, not replaced: a list that is set anew clears the choice made from it
        ListEdits.become(categories, drawn.chart().spec().categories());
        ListEdits.replace(notes, drawn.notes());
        chartNote.set(drawn.chartNote());
        overlayNote.set(drawn.overlayNote());
        chart.set(drawn.chart().spec());
        shown.set(drawn.chart());
        rows.setAll(tables.of(data.get().report(), cells, data.get().campaignOrder(), data.get().overlay(),
                drawn.match()));
    }
}
