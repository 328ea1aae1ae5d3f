package org.virtimpact.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.virtimpact.ui.campaign.CampaignView;
import org.virtimpact.ui.results.ResultsView;
import org.virtimpact.ui.run.RunView;

/** The main window's layout: toolbar on top, campaign on the left, results in the centre. */
public final class WorkbenchView {

    private static final double CAMPAIGN_SHARE = 0.3;

    private final WorkbenchViewModel viewModel;
    private final Window owner;
    private final Parent root;

    @FXML private ToolBar toolbar;
    @FXML private Button openButton;
    @FXML private SplitPane split;

    public WorkbenchView(WorkbenchViewModel viewModel, Window owner, CampaignView campaign, RunView run,
                         ResultsView results) {
        this.viewModel = viewModel;
        this.owner = owner;
        FXMLLoader loader = new FXMLLoader(WorkbenchView.class.getResource("Workbench.fxml"));
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Workbench.fxml is missing from this build", e);
        }
        openButton.disableProperty().bind(viewModel.canOpenBinding().not());
        toolbar.getItems().add(run.root());
        split.getItems().setAll(campaign.root(), results.root());
        split.setDividerPositions(CAMPAIGN_SHARE);
        SplitPane.setResizableWithParent(campaign.root(), false);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void open() {
        if (!viewModel.canOpen()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a campaign folder (one with a campaign.json)");
        OpenCampaign current = viewModel.campaignProperty().get();
        if (current != null && current.dir().getParent() != null) {
            chooser.setInitialDirectory(current.dir().getParent().toFile());
        }
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }
}
