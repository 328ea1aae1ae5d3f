package org.virtimpact.ui.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;

/** Run, Cancel, progress and the status line, bound to {@link RunViewModel}. */
public final class RunView {

    private final RunViewModel viewModel;
    private final Parent root;

    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progress;
    @FXML private Label status;

    public RunView(RunViewModel viewModel) {
        this.viewModel = viewModel;
        FXMLLoader loader = new FXMLLoader(RunView.class.getResource("Run.fxml"));
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
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty().or(viewModel.progressProperty().greaterThan(0)));
        progress.managedProperty().bind(progress.visibleProperty());
        status.textProperty().bind(viewModel.statusProperty());
        // A button that disables itself would pass focus on to whatever comes next in the window;
        // hand it to its partner instead, so the keyboard stays on Run/Cancel.
        viewModel.runningProperty().addListener((obs, was, running) -> {
            if (running && runButton.isFocused()) {
                cancelButton.requestFocus();
            } else if (!running && cancelButton.isFocused()) {
                runButton.requestFocus();
            }
        });
        // The status line is cut to fit the toolbar; the whole text is one hover away.
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(viewModel.statusProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        status.setTooltip(tip);
    }

    @FXML
    private void run() {
        viewModel.run();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
