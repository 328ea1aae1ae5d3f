package org.virtimpact.ui.results;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.chart.Whiskers;
import org.virtimpact.ui.ListEdits;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.notes.ImpactView;
import org.virtimpact.ui.notes.NotesViewModel;

/**
 * The results area: how environments are compared (baseline, confidence, threshold, another
 * campaign laid over), one tab per device, and the Conclusions tab.
 */
public final class ResultsView {

    private final ResultsViewModel viewModel;
    private final NotesViewModel notes;
    private final ImpactView conclusions;
    private final ChartTheme theme;
    private final Numbers numbers;
    private final Texts texts;
    private final Optional<ExportViewModel> export;
    private final ObservableBooleanValue runGoingOn;
    private final Parent root;
    /** Tabs are kept per view model, so a refresh never rebuilds a chart the person is looking at. */
    private final Map<DeviceResultsViewModel, Tab> tabs = new IdentityHashMap<>();
    private final Tab conclusionsTab;

    @FXML private TabPane resultsTabs;
    @FXML private Label placeholder;
    @FXML private ComboBox<String> baseline;
    @FXML private ComboBox<Double> confidence;
    @FXML private Spinner<Double> threshold;
    @FXML private Button mapButton;
    @FXML private Button clearOverlayButton;
    @FXML private Label overlayName;
    @FXML private Label environmentWarnings;

    /**
     * @param conclusions the Conclusions tab's content
     * @param export      the tabs' Export menu; without it the tabs have none
     * @param runGoingOn  true while a run goes on: the startup warm-up ends when one starts
     */
    public ResultsView(ResultsViewModel viewModel, NotesViewModel notes, ImpactView conclusions, ChartTheme theme,
                       Numbers numbers, Texts texts, Optional<ExportViewModel> export,
                       ObservableBooleanValue runGoingOn) {
        this.viewModel = viewModel;
        this.notes = notes;
        this.conclusions = conclusions;
        this.theme = theme;
        this.numbers = numbers;
        this.texts = texts;
        this.export = export;
        this.runGoingOn = runGoingOn;
        this.conclusionsTab = new Tab(texts.get("impact.tab"), conclusions.root());
        conclusions.showWhile(conclusionsTab.selectedProperty());
        conclusionsTab.setClosable(false);
        conclusionsTab.setId("tab-conclusions");
        FXMLLoader loader = new FXMLLoader(ResultsView.class.getResource("Results.fxml"), texts.bundle());
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
        viewModel.prepare(new ResultsWarmUp(notes, theme, numbers, texts, viewModel.catalog()),
                shown -> DrawWarmUp.start(shown, theme, texts.words(), runGoingOn));

        baseline.setItems(viewModel.environments());
        baseline.valueProperty().bindBidirectional(viewModel.baselineProperty());
        baseline.disableProperty().bind(Bindings.size(viewModel.environments()).lessThan(2));
        confidence.getItems().setAll(ResultsViewModel.CONFIDENCE_LEVELS);
        confidence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double level) {
                return level == null ? "" : Whiskers.percent(level, texts.words());
            }

            @Override
            public Double fromString(String text) {
                return confidence.getValue();
            }
        });
        confidence.valueProperty().bindBidirectional(viewModel.confidenceProperty());
        SpinnerValueFactory.DoubleSpinnerValueFactory steps =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 50, viewModel.thresholdPercentProperty().get(), 0.5);
        steps.setConverter(new PercentConverter(numbers, steps::getValue));
        threshold.setValueFactory(steps);
        steps.valueProperty().bindBidirectional(viewModel.thresholdPercentProperty());

        OverlayViewModel overlay = viewModel.overlay();
        for (Button button : List.of(mapButton, clearOverlayButton)) {
            button.visibleProperty().bind(overlay.overlayProperty().isNotNull());
            button.managedProperty().bind(button.visibleProperty());
        }
        overlayName.textProperty().bind(Bindings.createStringBinding(() -> overlay.overlayProperty().get() == null
                ? "" : texts.get("overlay.shown", overlay.overlayProperty().get().name()), overlay.overlayProperty()));
        environmentWarnings.visibleProperty().bind(viewModel.environmentWarningsProperty().isNotEmpty());
        environmentWarnings.managedProperty().bind(environmentWarnings.visibleProperty());
        Tooltip warningsTip = new Tooltip();
        warningsTip.setWrapText(true);
        warningsTip.setMaxWidth(560);
        warningsTip.textProperty().bind(viewModel.environmentWarningsProperty());
        environmentWarnings.setTooltip(warningsTip);
    }

    private void syncTabs() {
        tabs.keySet().retainAll(viewModel.devices());
        List<Tab> shown = new ArrayList<>(viewModel.devices().stream()
                .map(d -> tabs.computeIfAbsent(d, this::createTab)).toList());
        boolean first = !resultsTabs.isVisible() && !shown.isEmpty();
        // The Conclusions tab stays in the pane, hidden with it, from the start: its styling and
        // first layout (a table, text areas) are paid when the window opens, not when a run's
        // first results arrive.
        shown.add(conclusionsTab);
        // edited, not set anew: a tab set again has its content taken out and styled again
        ListEdits.become(resultsTabs.getTabs(), shown);
        resultsTabs.setVisible(!viewModel.devices().isEmpty());
        if (first) {
            resultsTabs.getSelectionModel().selectFirst();
        }
    }

    /** "Disk" is a device of the campaign's data; its tab speaks the person's language. */
    private String deviceName(String device) {
        String key = "matrix.device." + device.toUpperCase(java.util.Locale.ROOT);
        return texts.bundle().containsKey(key) ? texts.get(key) : device;
    }

    /**
     * The tab's content is built the first time the tab is selected: building, styling and laying
     * out a tab nobody looks at cost the FX thread a few hundred milliseconds when a run's results
     * first reach its device.
     */
    private Tab createTab(DeviceResultsViewModel device) {
        Tab tab = new Tab(deviceName(device.device()));
        tab.setClosable(false);
        tab.setId("tab-" + device.device());
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                DeviceResultsView view = new DeviceResultsView(device, notes, theme, numbers, texts);
                export.ifPresent(e -> view.addToBar(new ChartExportMenu(e, device, texts).node()));
                view.showWhile(tab.selectedProperty());
                tab.setContent(view.root());
            }
        });
        return tab;
    }

    @FXML
    private void chooseOverlay() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get("overlay.choose"));
        viewModel.dir().map(d -> d.getParent()).filter(p -> p != null).ifPresent(p -> chooser.setInitialDirectory(
                p.toFile()));
        File chosen = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            viewModel.overlay().load(chosen.toPath());
        }
    }

    @FXML
    private void mapEnvironments() {
        Overlay shown = viewModel.overlay().overlayProperty().get();
        if (shown != null) {
            new OverlayMappingDialog(texts).ask(root.getScene().getWindow(), viewModel.environments(), shown)
                    .ifPresent(viewModel.overlay()::remap);
        }
    }

    @FXML
    private void clearOverlay() {
        viewModel.overlay().clear();
    }

    /** "2 %" in the spinner; typing "2,5" or "2.5 %" is understood too. */
    private static final class PercentConverter extends StringConverter<Double> {

        private final java.text.DecimalFormat format;
        private final java.util.function.Supplier<Double> current;

        PercentConverter(Numbers numbers, java.util.function.Supplier<Double> current) {
            this.current = current;
            format = new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(numbers.locale()));
        }

        @Override
        public String toString(Double value) {
            return value == null ? "" : format.format(value) + " %";
        }

        @Override
        public Double fromString(String text) {
            String plain = text == null ? "" : text.replace("%", "").replace(',', '.').strip();
            try {
                double value = Double.parseDouble(plain);
                // out of range: the spinner keeps its value, as for any refused input
                return value >= 0 && value < 100 ? value : current.get();
            } catch (NumberFormatException e) {
                return current.get();
            }
        }
    }
}
