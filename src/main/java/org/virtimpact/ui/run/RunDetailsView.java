package org.virtimpact.ui.run;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.virtimpact.ui.Texts;

/**
 * The run's progress in a window of its own, so it can stay open beside the charts through a
 * night: a bar for all environments and one per environment, each with its count and time left,
 * the live log (following its end), and "raise the repetitions and run the new ones".
 */
final class RunDetailsView {

    private static final int MAX_REPETITIONS = 10_000;

    private final RunViewModel viewModel;
    private final Texts texts;
    private final GridPane bars = new GridPane();
    private Stage stage;
    private ListView<String> log;

    RunDetailsView(RunViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
    }

    void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(texts.get("run.details.title"));
            VBox content = content();
            // the window's theme (dark.css) is on the main window's root, not on the scene
            content.getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
            stage.setScene(new Scene(content, 760, 520));
        }
        stage.show();
        // opened after the run, or again later: the newest line is the one to see
        followEnd();
        stage.toFront();
    }

    private void followEnd() {
        log.scrollTo(Math.max(0, log.getItems().size() - 1));
    }

    private VBox content() {
        RunMonitor monitor = viewModel.monitor();
        ProgressBar overall = new ProgressBar();
        overall.setId("overallProgress");
        overall.setMaxWidth(Double.MAX_VALUE);
        overall.progressProperty().bind(monitor.overallProperty());
        Label overallText = new Label();
        overallText.setId("overallText");
        overallText.textProperty().bind(monitor.summaryProperty());
        bars.setHgap(10);
        bars.setVgap(6);
        monitor.environments().addListener((ListChangeListener<RunMonitor.EnvironmentRow>) c -> redraw());
        redraw();

        log = new ListView<>(monitor.log());
        log.setId("runLog");
        VBox.setVgrow(log, Priority.ALWAYS);
        // follow the end, as tail -f does, so the newest line is the one in view
        monitor.log().addListener((ListChangeListener<String>) c -> followEnd());

        VBox box = new VBox(8, new Label(texts.get("run.details.overall")), overall, overallText, bars,
                new Label(texts.get("run.details.log")), log, more());
        box.setPadding(new Insets(12));
        return box;
    }

    /** One row per environment: name, bar, its own count and time left. */
    private void redraw() {
        bars.getChildren().clear();
        int row = 0;
        for (RunMonitor.EnvironmentRow env : viewModel.monitor().environments()) {
            ProgressBar bar = new ProgressBar(env.progress());
            bar.setPrefWidth(260);
            bar.setId("progress-" + env.environment().replaceAll("[^A-Za-z0-9_-]", "_"));
            bars.addRow(row++, new Label(env.environment()), bar, new Label(env.text()));
        }
    }

    private HBox more() {
        Spinner<Integer> repetitions = new Spinner<>(1, MAX_REPETITIONS, 20);
        repetitions.setEditable(true);
        repetitions.setPrefWidth(100);
        repetitions.setId("moreRepetitions");
        viewModel.campaignProperty().addListener((obs, old, open) -> {
            if (open != null) {
                repetitions.getValueFactory().setValue(open.campaign().settings().repetitions() * 2);
            }
        });
        if (viewModel.campaignProperty().get() != null) {
            repetitions.getValueFactory().setValue(viewModel.campaignProperty().get().campaign().settings()
                    .repetitions() * 2);
        }
        Button run = new Button(texts.get("run.details.moreButton"));
        run.setId("runMore");
        run.disableProperty().bind(viewModel.canRunBinding().not());
        run.setOnAction(e -> viewModel.runMore(repetitions.getValue()));
        HBox box = new HBox(8, new Label(texts.get("run.details.more")), repetitions, run);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
