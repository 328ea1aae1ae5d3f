package org.virtimpact.ui.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.virtimpact.chart.BarCharts;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartTheme;

/** One device's tab: metric choice, the chart, and the numbers behind it. */
public final class DeviceResultsView {

    private final DeviceResultsViewModel viewModel;
    private final ChartTheme theme;
    private final Numbers numbers;
    private final Parent root;

    @FXML private HBox metricBar;
    @FXML private ComboBox<MetricOption> metric;
    @FXML private ChartViewer chart;
    @FXML private TableView<SummaryRow> summary;
    @FXML private TableColumn<SummaryRow, String> environmentColumn;
    @FXML private TableColumn<SummaryRow, String> cellColumn;
    @FXML private TableColumn<SummaryRow, Number> nColumn;
    @FXML private TableColumn<SummaryRow, Number> meanColumn;
    @FXML private TableColumn<SummaryRow, Number> sdColumn;
    @FXML private TableColumn<SummaryRow, Number> minColumn;
    @FXML private TableColumn<SummaryRow, Number> maxColumn;
    @FXML private TableColumn<SummaryRow, String> unitColumn;

    public DeviceResultsView(DeviceResultsViewModel viewModel, ChartTheme theme, Numbers numbers) {
        this.viewModel = viewModel;
        this.theme = theme;
        this.numbers = numbers;
        FXMLLoader loader = new FXMLLoader(DeviceResultsView.class.getResource("DeviceResults.fxml"));
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
                return option == null ? "" : option.label(viewModel.severalBenchmarksProperty().get());
            }

            @Override
            public MetricOption fromString(String text) {
                return metric.getValue();
            }
        });
        metric.valueProperty().bindBidirectional(viewModel.selectedMetricProperty());
        viewModel.chartProperty().addListener((obs, old, spec) -> draw(spec));
        draw(viewModel.chartProperty().get());

        text(environmentColumn, SummaryRow::environment);
        text(cellColumn, SummaryRow::cell);
        text(unitColumn, SummaryRow::unit);
        nColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().n()));
        number(meanColumn, SummaryRow::mean);
        number(sdColumn, SummaryRow::sd);
        number(minColumn, SummaryRow::min);
        number(maxColumn, SummaryRow::max);
        summary.setItems(viewModel.rows());
    }

    private void draw(ChartSpec spec) {
        ChartSpec shown = spec != null ? spec
                : new ChartSpec(viewModel.device(), "", List.of(), List.of());
        chart.setChart(BarCharts.create(shown, theme));
    }

    private static void text(TableColumn<SummaryRow, String> column, Function<SummaryRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private void number(TableColumn<SummaryRow, Number> column, ToDoubleFunction<SummaryRow> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : numbers.format(item.doubleValue()));
            }
        });
        column.getStyleClass().add("number-column");
    }
}
