package org.virtimpact.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Error dialogs over the main window. */
public final class FxDialogs implements Dialogs {

    private static final double WIDTH = 560;
    /** More lines than this after the first paragraph go into the expandable details. */
    private static final int LONG_DETAILS = 8;

    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    /**
     * A dialog is a window of its own and would be light in a dark workbench: it takes the main
     * window's stylesheets (workbench.css and the theme's) onto its root.
     */
    public static void followOwner(DialogPane pane, Window owner) {
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot() != null) {
            pane.getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
        }
    }

    @Override
    public void error(String headline, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        followOwner(alert.getDialogPane(), owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(WorkbenchViewModel.APP_NAME);
        alert.setHeaderText(headline);
        int split = details.indexOf("\n\n");
        String rest = split < 0 ? "" : details.substring(split + 2);
        if (rest.lines().count() > LONG_DETAILS) {
            // A long list (every bad line of an import) would push the buttons off the screen:
            // the first paragraph stays in view, the list scrolls in the expandable details.
            alert.getDialogPane().setContent(label(details.substring(0, split)));
            TextArea list = new TextArea(rest);
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefSize(WIDTH + 120, 320);
            alert.getDialogPane().setExpandableContent(list);
            alert.getDialogPane().setExpanded(true);
        } else {
            alert.getDialogPane().setContent(label(details));
        }
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // Not showAndWait: the caller may be a background callback that must not block.
        alert.show();
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH);
        return label;
    }

    @Override
    public boolean confirm(String headline, String details, String yes) {
        ButtonType go = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", go, ButtonType.CANCEL);
        alert.initOwner(owner);
        followOwner(alert.getDialogPane(), owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(WorkbenchViewModel.APP_NAME);
        alert.setHeaderText(headline);
        Label text = new Label(details);
        text.setWrapText(true);
        text.setMaxWidth(WIDTH);
        alert.getDialogPane().setContent(text);
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
