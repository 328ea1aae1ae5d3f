package org.virtimpact.ui.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.ui.Texts;

/** The matrix tab: binds to {@link MatrixEditorViewModel}; each benchmark is a {@link BenchmarkCard}. */
public final class MatrixEditorView {

    private final MatrixEditorViewModel viewModel;
    private final Texts texts;
    private final Parent root;

    @FXML private TextField repetitions;
    @FXML private Label repetitionsProblem;
    @FXML private TextField warmups;
    @FXML private Label warmupsProblem;
    @FXML private ChoiceBox<Settings.Order> order;
    @FXML private Label orderHint;
    @FXML private VBox benchmarks;
    @FXML private ComboBox<String> addable;
    @FXML private Button addBenchmark;

    public MatrixEditorView(MatrixEditorViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        FXMLLoader loader = new FXMLLoader(MatrixEditorView.class.getResource("Matrix.fxml"), texts.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Matrix.fxml is missing from this build", e);
        }
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        SettingsEditor settings = viewModel.settings();
        number(repetitions, settings.repetitionsProperty(), repetitionsProblem, settings.repetitionsProblemProperty(),
                settings::commitRepetitions);
        number(warmups, settings.warmupsProperty(), warmupsProblem, settings.warmupsProblemProperty(),
                settings::commitWarmups);
        order.getItems().setAll(SettingsEditor.orders());
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(Settings.Order o) {
                return o == null ? "" : texts.get("matrix.order." + o.name());
            }

            @Override
            public Settings.Order fromString(String s) {
                return null;
            }
        });
        order.valueProperty().bindBidirectional(settings.orderProperty());
        orderHint.textProperty().bind(settings.orderProperty().map(o -> texts.get("matrix.order." + o.name()
                + ".hint")));
        viewModel.benchmarks().addListener((ListChangeListener<BenchmarkEditor>) c -> showBenchmarks());
        showBenchmarks();
        addable.setItems(viewModel.addable());
        addable.setCellFactory(list -> new TitledCell(false));
        addable.setButtonCell(new TitledCell(true));
        addBenchmark.disableProperty().bind(addable.valueProperty().isNull());
    }

    /** A number field: its text as typed, refused inline with the reason, taken in on Enter or leaving. */
    private static void number(TextField field, StringProperty text, Label problem, ObservableStringValue reason,
                               BooleanSupplier commit) {
        field.textProperty().bindBidirectional(text);
        field.setOnAction(e -> commit.getAsBoolean());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.getAsBoolean();
            }
        });
        problem.textProperty().bind(reason);
        problem.visibleProperty().bind(Bindings.isNotEmpty(reason));
        problem.managedProperty().bind(problem.visibleProperty());
        reason.addListener((obs, old, now) -> {
            field.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                field.getStyleClass().add("invalid");
            }
        });
    }

    private void showBenchmarks() {
        benchmarks.getChildren().setAll(viewModel.benchmarks().stream()
                .map(b -> BenchmarkCard.create(b, texts)).toList());
    }

    @FXML
    private void commitRepetitions() {
        viewModel.settings().commitRepetitions();
    }

    @FXML
    private void commitWarmups() {
        viewModel.settings().commitWarmups();
    }

    @FXML
    private void addBenchmark() {
        String id = addable.getValue();
        if (id != null) {
            viewModel.addBenchmark(id);
            addable.setValue(null);
        }
    }

    /** "fio — fio disk I/O": the id a campaign.json names, and what it measures. */
    private final class TitledCell extends ListCell<String> {
        /** The button cell shows the prompt again once the choice was added and cleared. */
        private final boolean button;

        TitledCell(boolean button) {
            this.button = button;
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            if (empty || id == null) {
                setText(button ? addable.getPromptText() : null);
            } else {
                setText(id + " \u2014 " + viewModel.title(id));
            }
        }
    }
}
