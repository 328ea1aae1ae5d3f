package org.virtimpact.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.chart.ChartQuery;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartSpecs;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.Summary;

/**
 * One tab of the results: the device's metrics, the chosen one, its chart and its table. It
 * receives summaries already computed off the FX thread; choosing a metric only filters them.
 */
public final class DeviceResultsViewModel {

    private final String device;
    private final ObservableList<MetricOption> metrics = FXCollections.observableArrayList();
    // Wrappers are kept in fields: one listens only weakly to its list, so a wrapper made per
    // call could be collected together with the listeners a view added to it.
    private final ObservableList<MetricOption> metricsView =
            FXCollections.unmodifiableObservableList(metrics);
    private final ReadOnlyBooleanWrapper severalBenchmarks = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ChartSpec> chart = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SummaryRow> rowsView =
            FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<MetricOption> selectedMetric = new SimpleObjectProperty<>();

    private Map<CellKey, Summary> cells = Map.of();
    private List<String> environments = List.of();

    public DeviceResultsViewModel(String device) {
        this.device = device;
        selectedMetric.addListener((obs, old, now) -> redraw());
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

    public ReadOnlyObjectProperty<ChartSpec> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ObservableList<SummaryRow> rows() {
        return rowsView;
    }

    /** The metric shown; the first one unless the person picked another. */
    public ObjectProperty<MetricOption> selectedMetricProperty() {
        return selectedMetric;
    }

    /** Takes new summaries; keeps the chosen metric when it still has data. */
    void update(List<MetricOption> options, Map<CellKey, Summary> newCells, List<String> environments) {
        cells = newCells;
        this.environments = List.copyOf(environments);
        if (!metrics.equals(options)) {
            MetricOption keep = selectedMetric.get();
            metrics.setAll(options);
            severalBenchmarks.set(options.stream().map(MetricOption::benchmark).distinct().count() > 1);
            selectedMetric.set(options.contains(keep) ? keep : options.isEmpty() ? null : options.get(0));
        }
        redraw();
    }

    private void redraw() {
        MetricOption option = selectedMetric.get();
        if (option == null) {
            chart.set(null);
            rows.clear();
            return;
        }
        ChartQuery query = new ChartQuery(device, option.benchmark(), option.metric());
        chart.set(new ChartSpecs(environments).bars(cells, query));
        List<SummaryRow> table = new ArrayList<>();
        cells.forEach((key, s) -> {
            if (key.device().equals(device) && key.benchmark().equals(option.benchmark())
                    && key.metric().equals(option.metric().name())) {
                table.add(new SummaryRow(key.environment(), key.category(), s.n(), s.mean(), s.sd(), s.min(),
                        s.max(), key.unit()));
            }
        });
        // Environment by environment, in campaign order, as the bars stand in the chart.
        table.sort(Comparator.comparingInt(r -> campaignOrder(r.environment())));
        rows.setAll(table);
    }

    private int campaignOrder(String environment) {
        int index = environments.indexOf(environment);
        return index >= 0 ? index : environments.size();
    }
}
