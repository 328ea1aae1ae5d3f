package org.virtimpact.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Error dialogs over the main window. */
public final class FxDialogs implements Dialogs {

    private static final double WIDTH = 560;

    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public void error(String headline, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle("VirtImpact");
        alert.setHeaderText(headline);
        Label text = new Label(details);
        text.setWrapText(true);
        text.setMaxWidth(WIDTH);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // Not showAndWait: the caller may be a background callback that must not block.
        alert.show();
    }
}
