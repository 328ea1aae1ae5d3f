package org.virtimpact.ui.start;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.start.RecentCampaigns.Recent;
import org.virtimpact.ui.start.StartViewModel.Template;

/** The start page: recent campaigns, a new one from a template, opening a folder. */
public final class StartView {

    private final StartViewModel viewModel;
    private final Texts texts;
    private final Window owner;
    private final Runnable openFolder;
    private final Parent root;
    private final ToggleGroup templateGroup = new ToggleGroup();

    @FXML private Button backButton;
    @FXML private ListView<Recent> recentList;
    @FXML private Button openRecentButton;
    @FXML private Button forgetButton;
    @FXML private VBox templates;
    @FXML private TextField locationField;
    @FXML private TextField folderName;
    @FXML private Label target;
    @FXML private Label createProblem;
    @FXML private Button createButton;

    /** @param openFolder asks for a campaign folder and opens it, as the toolbar's Open… does */
    public StartView(StartViewModel viewModel, Texts texts, Window owner, Runnable openFolder) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.owner = owner;
        this.openFolder = openFolder;
        FXMLLoader loader = new FXMLLoader(StartView.class.getResource("Start.fxml"), texts.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Start.fxml is missing from this build", e);
        }
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+N: the page, with the cursor in the new campaign's folder name. */
    public void focusNew() {
        folderName.requestFocus();
        folderName.selectAll();
    }

    @FXML
    private void initialize() {
        backButton.visibleProperty().bind(viewModel.campaignOpenBinding());
        backButton.managedProperty().bind(backButton.visibleProperty());
        recentList.setItems(viewModel.recent());
        recentList.setCellFactory(list -> new RecentCell());
        recentList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openRecent();
            }
        });
        recentList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openRecent();
            }
        });
        openRecentButton.disableProperty().bind(recentList.getSelectionModel().selectedItemProperty().isNull());
        forgetButton.disableProperty().bind(recentList.getSelectionModel().selectedItemProperty().isNull());
        for (Template t : viewModel.templates()) {
            RadioButton choice = new RadioButton(t.title());
            choice.setId("template-" + t.id());
            choice.setUserData(t);
            choice.setToggleGroup(templateGroup);
            choice.getStyleClass().add("template-choice");
            choice.setSelected(t.equals(viewModel.templateProperty().get()));
            Label about = new Label(t.description());
            about.setWrapText(true);
            about.getStyleClass().add("template-about");
            templates.getChildren().add(new VBox(2, choice, about));
        }
        templateGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.templateProperty().set((Template) now.getUserData());
            }
        });
        locationField.textProperty().bindBidirectional(viewModel.locationProperty());
        folderName.textProperty().bindBidirectional(viewModel.folderNameProperty());
        folderName.setOnAction(e -> create());
        target.textProperty().bind(viewModel.targetProperty()
                .map(t -> t.isEmpty() ? "" : texts.get("start.target", t)));
        createProblem.textProperty().bind(viewModel.createProblemProperty());
        createButton.disableProperty().bind(viewModel.createProblemProperty().isNotEmpty());
    }

    @FXML
    private void back() {
        viewModel.hide();
    }

    @FXML
    private void openRecent() {
        Recent chosen = recentList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.open(chosen.dir());
        }
    }

    @FXML
    private void forget() {
        Recent chosen = recentList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.forget(chosen);
        }
    }

    @FXML
    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get("start.browse.title"));
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            locationField.setText(chosen.toPath().toString());
        }
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void openFolder() {
        openFolder.run();
    }

    /** The campaign's name, and its folder underneath; a folder that is gone says so. */
    private final class RecentCell extends ListCell<Recent> {
        @Override
        protected void updateItem(Recent recent, boolean empty) {
            super.updateItem(recent, empty);
            getStyleClass().remove("missing");
            if (empty || recent == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(recent.name());
            name.getStyleClass().add("recent-name");
            Path dir = recent.dir();
            Label where = new Label(recent.present() ? dir.toString() : texts.get("start.recent.missing", dir));
            where.getStyleClass().add("recent-path");
            if (!recent.present()) {
                getStyleClass().add("missing");
            }
            setText(null);
            setGraphic(new VBox(2, name, where));
        }
    }
}
