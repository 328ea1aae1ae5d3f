package org.virtimpact.ui.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import org.virtimpact.ui.Texts;

/** Run, Cancel and progress, bound to {@link RunViewModel}; the status line is the window's status bar. */
public final class RunView {

    private final RunViewModel viewModel;
    private final Parent root;

    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private Button pauseButton;
    @FXML private Button detailsButton;
    @FXML private Label summary;
    @FXML private ProgressBar progress;
    private final Texts texts;
    private RunDetailsView details;

    public RunView(RunViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        FXMLLoader loader = new FXMLLoader(RunView.class.getResource("Run.fxml"), texts.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Run.fxml is missing from this build", e);
        }
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        runButton.disableProperty().bind(viewModel.canRunBinding().not());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        // Never indeterminate: a bar that turns indeterminate or back builds its nodes anew and styles
        // and lays them out, and its animation redraws it at every pulse. While a run is prepared the
        // status line says so and the bar stays empty.
        progress.progressProperty().bind(viewModel.progressProperty().map(p -> Math.max(0, p.doubleValue())));
        progress.visibleProperty().bind(viewModel.runningProperty().or(viewModel.progressProperty().greaterThan(0)));
        progress.managedProperty().bind(progress.visibleProperty());
        pauseButton.disableProperty().bind(viewModel.runningProperty().not());
        pauseButton.textProperty().bind(Bindings.when(viewModel.pausedProperty())
                .then(texts.get("run.resume")).otherwise(texts.get("run.pause")));
        summary.textProperty().bind(viewModel.monitor().summaryProperty());
        summary.visibleProperty().bind(progress.visibleProperty());
        summary.managedProperty().bind(summary.visibleProperty());
        runButton.setTooltip(new Tooltip(texts.get("run.run.tip")));
        cancelButton.setTooltip(new Tooltip(texts.get("run.cancel.tip")));
        // A button that disables itself would pass focus on to whatever comes next in the window;
        // hand it to its partner instead, so the keyboard stays on Run/Cancel.
        viewModel.runningProperty().addListener((obs, was, running) -> {
            if (running && runButton.isFocused()) {
                cancelButton.requestFocus();
            } else if (!running && cancelButton.isFocused()) {
                runButton.requestFocus();
            }
        });
    }

    @FXML
    private void run() {
        viewModel.run();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void pauseOrResume() {
        if (viewModel.pausedProperty().get()) {
            viewModel.resume();
        } else {
            viewModel.pause();
        }
    }

    /** Progress per environment and the live log, in a window of their own beside the workbench. */
    @FXML
    private void details() {
        if (details == null) {
            details = new RunDetailsView(viewModel, texts);
        }
        details.show(detailsButton.getScene().getWindow());
    }
}
