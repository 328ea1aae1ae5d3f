package org.virtimpact.ui.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.virtimpact.chart.ChartTheme;

/** The results area: one tab per device, or a hint while there is nothing to show. */
public final class ResultsView {

    private final ResultsViewModel viewModel;
    private final ChartTheme theme;
    private final Numbers numbers;
    private final Optional<ExportViewModel> export;
    private final Parent root;
    /** Tabs are kept per view model, so a refresh never rebuilds a chart the person is looking at. */
    private final Map<DeviceResultsViewModel, Tab> tabs = new IdentityHashMap<>();

    @FXML private TabPane resultsTabs;
    @FXML private Label placeholder;

    public ResultsView(ResultsViewModel viewModel, ChartTheme theme, Numbers numbers) {
        this(viewModel, theme, numbers, Optional.empty());
    }

    /** @param export the tabs' Export menu; without it the tabs have none */
    public ResultsView(ResultsViewModel viewModel, ChartTheme theme, Numbers numbers,
                       Optional<ExportViewModel> export) {
        this.viewModel = viewModel;
        this.theme = theme;
        this.numbers = numbers;
        this.export = export;
        FXMLLoader loader = new FXMLLoader(ResultsView.class.getResource("Results.fxml"));
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Results.fxml is missing from this build", e);
        }
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        viewModel.devices().addListener((ListChangeListener<DeviceResultsViewModel>) c -> syncTabs());
        placeholder.visibleProperty().bind(resultsTabs.visibleProperty().not());
        syncTabs();
    }

    private void syncTabs() {
        tabs.keySet().retainAll(viewModel.devices());
        resultsTabs.getTabs().setAll(viewModel.devices().stream()
                .map(d -> tabs.computeIfAbsent(d, this::createTab)).toList());
        resultsTabs.setVisible(!viewModel.devices().isEmpty());
    }

    private Tab createTab(DeviceResultsViewModel device) {
        DeviceResultsView view = new DeviceResultsView(device, theme, numbers);
        export.ifPresent(e -> view.addToBar(new ChartExportMenu(e, device).node()));
        Tab tab = new Tab(device.device(), view.root());
        tab.setClosable(false);
        tab.setId("tab-" + device.device());
        return tab;
    }
}
