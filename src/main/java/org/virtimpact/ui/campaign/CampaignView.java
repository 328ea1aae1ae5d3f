package org.virtimpact.ui.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.virtimpact.ui.Texts;

/**
 * The campaign pane on the left: name, description and folder, the matrix and the environments
 * as two tabs, and the runs they make with their estimated duration underneath.
 */
public final class CampaignView {

    private static final double DESCRIPTION_HEIGHT = 62;

    private final CampaignViewModel viewModel;
    private final MatrixEditorViewModel matrixModel;
    private final Parent matrix;
    private final Parent environments;
    private final Parent root;

    @FXML private Label name;
    @FXML private Label description;
    @FXML private Label folder;
    @FXML private TabPane tabs;
    @FXML private Tab matrixTab;
    @FXML private Tab environmentsTab;
    @FXML private Label totalRuns;
    @FXML private Label estimate;

    /** @param environments the environments tab's content, from {@code ui.targets} */
    public CampaignView(CampaignViewModel viewModel, MatrixEditorViewModel matrixModel, Parent matrix,
                        Parent environments, Texts texts) {
        this.viewModel = viewModel;
        this.matrixModel = matrixModel;
        this.matrix = matrix;
        this.environments = environments;
        FXMLLoader loader = new FXMLLoader(CampaignView.class.getResource("Campaign.fxml"), texts.bundle());
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

    /** True while the environments tab is the one shown: its content need not follow changes otherwise. */
    public ReadOnlyBooleanProperty environmentsInFront() {
        return environmentsTab.selectedProperty();
    }

    /** Shows the environments tab, e.g. when a run was stopped by a failed connection check. */
    public void showEnvironments() {
        tabs.getSelectionModel().select(environmentsTab);
    }

    @FXML
    private void initialize() {
        name.textProperty().bind(viewModel.nameProperty());
        description.textProperty().bind(viewModel.descriptionProperty());
        // A wrapped label in a split pane is not always given the height its lines need; ask for
        // it, up to three lines, the rest being in the tooltip.
        description.minHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(DESCRIPTION_HEIGHT,
                description.prefHeight(description.getWidth())), description.widthProperty(),
                description.textProperty()));
        tip(description);
        folder.textProperty().bind(viewModel.folderProperty());
        tip(folder);
        matrixTab.setContent(matrix);
        environmentsTab.setContent(environments);
        tabs.visibleProperty().bind(viewModel.openProperty());
        totalRuns.textProperty().bind(matrixModel.runsProperty().asString());
        estimate.textProperty().bind(matrixModel.estimateProperty());
        Tooltip basis = new Tooltip();
        basis.textProperty().bind(matrixModel.estimateBasisProperty());
        basis.setWrapText(true);
        basis.setMaxWidth(420);
        estimate.setTooltip(basis);
    }

    /** A long description or path is cut to fit; the whole text is one hover away. */
    private static void tip(Label label) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(label.textProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        label.setTooltip(tip);
    }
}
