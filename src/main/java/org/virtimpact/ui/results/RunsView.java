package org.virtimpact.ui.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import org.virtimpact.ui.Texts;

/** The panel that lists a bar's runs and shows the raw output of the one selected. */
final class RunsView {

    private final RunsViewModel viewModel;
    private final Numbers numbers;
    private final Texts texts;
    private final Parent root;

    @FXML private Label title;
    @FXML private Label message;
    @FXML private ListView<RunEntry> runs;
    @FXML private TextArea stdout;
    @FXML private TextArea stderr;
    @FXML private TextArea command;
    @FXML private TabPane outputs;

    RunsView(RunsViewModel viewModel, Numbers numbers, Texts texts) {
        this.viewModel = viewModel;
        this.numbers = numbers;
        this.texts = texts;
        FXMLLoader loader = new FXMLLoader(RunsView.class.getResource("Runs.fxml"), texts.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Runs.fxml is missing from this build", e);
        }
        root.setId("runs-panel");
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        runs.setItems(viewModel.runs());
        runs.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RunEntry run, boolean empty) {
                super.updateItem(run, empty);
                setText(empty || run == null ? null : texts.get("runs.entry", run.repetition(),
                        numbers.format(run.value()), run.unit(), run.status()));
                setTooltip(empty || run == null ? null : new Tooltip(run.runId() + "\n" + run.timestamp()));
            }
        });
        runs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now != runs.getSelectionModel().getSelectedItem()) {
                runs.getSelectionModel().select(now);
            }
        });
        stdout.textProperty().bind(viewModel.stdoutProperty());
        // Tools such as dd report on stderr: open the stream that has something to read.
        viewModel.stderrProperty().addListener((obs, old, now) -> {
            int tab = viewModel.stdoutProperty().get().isEmpty() && !now.isEmpty() ? 1 : 0;
            outputs.getSelectionModel().select(tab);
        });
        stderr.textProperty().bind(viewModel.stderrProperty());
        command.textProperty().bind(viewModel.commandProperty());
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
