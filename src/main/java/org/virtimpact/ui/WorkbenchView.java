package org.virtimpact.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.virtimpact.ui.campaign.CampaignView;
import org.virtimpact.ui.campaign.CampaignViewModel;
import org.virtimpact.ui.campaign.MatrixEditorViewModel;
import org.virtimpact.ui.results.ResultsView;
import org.virtimpact.ui.run.RunView;
import org.virtimpact.ui.run.RunViewModel;
import org.virtimpact.ui.start.CsvImportViewModel;
import org.virtimpact.ui.start.StartView;
import org.virtimpact.ui.start.StartViewModel;

/**
 * The main window's layout: toolbar on top, campaign on the left, results in the centre, the
 * start page over both when no campaign is open, the status bar at the bottom. A results CSV
 * dropped anywhere on the window is imported into the open campaign.
 */
public final class WorkbenchView {

    private static final double CAMPAIGN_SHARE = 0.34;

    /** The feature views this window lays out. */
    public record Panes(CampaignView campaign, RunView run, ResultsView results) {
    }

    /** The view models behind the toolbar, the shortcuts, the start page and the status bar. */
    public record Models(CampaignViewModel campaign, MatrixEditorViewModel matrix, RunViewModel run,
                         StartViewModel start, CsvImportViewModel csvImport, SettingsViewModel settings) {
    }

    private final WorkbenchViewModel viewModel;
    private final Models models;
    private final Texts texts;
    private final Window owner;
    private final StartView start;
    private final Parent root;
    private final EventHandler<WindowEvent> closing;

    @FXML private HBox toolbar;
    @FXML private Button startButton;
    @FXML private Button openButton;
    @FXML private Button saveButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private StackPane center;
    @FXML private SplitPane split;
    @FXML private Label dropHint;
    @FXML private Label status;
    @FXML private Label unsaved;
    @FXML private Label runsSummary;

    public WorkbenchView(WorkbenchViewModel viewModel, Window owner, Panes panes, Models models, Texts texts) {
        this.viewModel = viewModel;
        this.models = models;
        this.texts = texts;
        this.owner = owner;
        this.start = new StartView(models.start(), texts, owner, this::open);
        FXMLLoader loader = new FXMLLoader(WorkbenchView.class.getResource("Workbench.fxml"), texts.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Workbench.fxml is missing from this build", e);
        }
        // A box, not a ToolBar: a ToolBar moves what does not fit into an overflow menu, Cancel
        // included, while a box lets the run's summary shrink instead.
        Parent runBar = panes.run().root();
        HBox.setHgrow(runBar, Priority.ALWAYS);
        toolbar.getChildren().addAll(runBar, ViewMenu.create(models.settings(), texts, this::showShortcuts));
        split.getItems().setAll(panes.campaign().root(), panes.results().root());
        split.setDividerPositions(CAMPAIGN_SHARE);
        SplitPane.setResizableWithParent(panes.campaign().root(), false);
        Parent startPage = start.root();
        center.getChildren().add(1, startPage);
        startPage.visibleProperty().bind(models.start().shownBinding());
        split.visibleProperty().bind(models.start().shownBinding().not());
        keepWithinWindow((Region) root);
        bindToolbar();
        bindStatusBar();
        acceptDroppedCsv();
        new Shortcuts(this, models.run(), models.campaign()).install(root);
        closing = e -> {
            if (!models.campaign().mayLeave(null)) {
                e.consume();
            }
        };
        owner.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
    }

    /** Stops answering the window's close request, for the window built in its place. */
    void dispose() {
        owner.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
    }

    public Parent root() {
        return root;
    }

    /**
     * Whatever spills over the window's edge (an empty status line lays its text out a few pixels
     * below the bar) would grow the root's bounds, and a root whose bounds change is repainted
     * whole. The software renderer takes 20 to 80 ms for that, once when the spill starts and again
     * when it ends, a stall at every status change during a run.
     */
    private static void keepWithinWindow(Region root) {
        Rectangle edge = new Rectangle();
        edge.widthProperty().bind(root.widthProperty());
        edge.heightProperty().bind(root.heightProperty());
        root.setClip(edge);
    }

    private void bindToolbar() {
        CampaignViewModel campaign = models.campaign();
        openButton.disableProperty().bind(viewModel.canOpenBinding().not());
        saveButton.disableProperty().bind(campaign.dirtyProperty().not());
        undoButton.disableProperty().bind(campaign.canUndoProperty().not());
        redoButton.disableProperty().bind(campaign.canRedoProperty().not());
        tip(startButton, texts.get("workbench.start.tip"));
        tip(openButton, texts.get("workbench.open.tip"));
        tip(saveButton, texts.get("workbench.save.tip"));
        undoButton.setTooltip(new Tooltip());
        undoButton.getTooltip().textProperty().bind(Bindings.createStringBinding(() ->
                texts.get("workbench.undo.tip", campaign.undoLabelProperty().get()), campaign.undoLabelProperty()));
        redoButton.setTooltip(new Tooltip());
        redoButton.getTooltip().textProperty().bind(Bindings.createStringBinding(() ->
                texts.get("workbench.redo.tip", campaign.redoLabelProperty().get()), campaign.redoLabelProperty()));
    }

    private void bindStatusBar() {
        status.textProperty().bind(models.run().statusProperty());
        // The status line is cut to fit; the whole text is one hover away.
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(models.run().statusProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        status.setTooltip(tip);
        unsaved.visibleProperty().bind(models.campaign().dirtyProperty());
        MatrixEditorViewModel matrix = models.matrix();
        runsSummary.textProperty().bind(Bindings.createStringBinding(() -> matrix.runsProperty().get() == 0 ? ""
                        : texts.get("workbench.runs", matrix.runsProperty().get(), matrix.estimateProperty().get()),
                matrix.runsProperty(), matrix.estimateProperty()));
    }

    private void acceptDroppedCsv() {
        CsvImportViewModel csvImport = models.csvImport();
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && csvImport.accepts(paths(e))) {
                e.acceptTransferModes(TransferMode.COPY);
                dropHint.setText(texts.get("workbench.drop", csvImport.target()));
                dropHint.setVisible(true);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> dropHint.setVisible(false));
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            dropHint.setVisible(false);
            List<Path> files = e.getDragboard().hasFiles() ? paths(e) : List.of();
            boolean taken = csvImport.accepts(files);
            if (taken) {
                csvImport.importCsv(files.get(0));
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    private static List<Path> paths(DragEvent e) {
        return e.getDragboard().getFiles().stream().map(File::toPath).toList();
    }

    private static void tip(Button button, String text) {
        button.setTooltip(new Tooltip(text));
    }

    @FXML
    void open() {
        if (!viewModel.canOpen()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get("workbench.open.title"));
        OpenCampaign current = viewModel.campaignProperty().get();
        if (current != null && current.dir().getParent() != null) {
            chooser.setInitialDirectory(current.dir().getParent().toFile());
        }
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }

    /** F1 and Help → Keyboard shortcuts. */
    void showShortcuts() {
        ShortcutsDialog.show(owner, texts);
    }

    @FXML
    void showStart() {
        models.start().show();
    }

    /** Ctrl+N: the start page, ready to name a new campaign. */
    void newCampaign() {
        models.start().show();
        start.focusNew();
    }

    @FXML
    void save() {
        models.campaign().save();
    }

    @FXML
    void undo() {
        models.campaign().undo();
    }

    @FXML
    void redo() {
        models.campaign().redo();
    }
}
