package org.virtimpact.ui.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The campaign pane on the left: binds to {@link CampaignViewModel}, nothing more. */
public final class CampaignView {

    private final CampaignViewModel viewModel;
    private final Parent root;

    @FXML private Label name;
    @FXML private Label description;
    @FXML private TableView<EnvironmentRow> environments;
    @FXML private TableColumn<EnvironmentRow, String> nameColumn;
    @FXML private TableColumn<EnvironmentRow, String> modeColumn;
    @FXML private TableColumn<EnvironmentRow, String> connectionColumn;
    @FXML private TableColumn<EnvironmentRow, String> scratchColumn;
    @FXML private VBox matrix;
    @FXML private Label repetitions;
    @FXML private Label totalRuns;
    @FXML private Label folder;

    public CampaignView(CampaignViewModel viewModel) {
        this.viewModel = viewModel;
        FXMLLoader loader = new FXMLLoader(CampaignView.class.getResource("Campaign.fxml"));
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Campaign.fxml is missing from this build", e);
        }
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        name.textProperty().bind(viewModel.nameProperty());
        description.textProperty().bind(viewModel.descriptionProperty());
        column(nameColumn, EnvironmentRow::name);
        column(modeColumn, EnvironmentRow::mode);
        column(connectionColumn, EnvironmentRow::connection);
        column(scratchColumn, EnvironmentRow::scratchDir);
        environments.setItems(viewModel.environments());
        viewModel.matrix().addListener((ListChangeListener<String>) c -> showMatrix());
        showMatrix();
        repetitions.textProperty().bind(viewModel.repetitionsProperty().asString());
        totalRuns.textProperty().bind(viewModel.totalRunsProperty().asString());
        folder.textProperty().bind(viewModel.folderProperty());
    }

    private static void column(TableColumn<EnvironmentRow, String> column, Function<EnvironmentRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private void showMatrix() {
        matrix.getChildren().setAll(viewModel.matrix().stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add("matrix-line");
            return label;
        }).toList());
    }
}
