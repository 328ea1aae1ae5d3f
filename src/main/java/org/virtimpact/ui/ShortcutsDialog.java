package org.virtimpact.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: every key of {@link Shortcuts#LISTED}, written the way this system writes it. */
final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    static void show(Window owner, Texts texts) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-grid");
        int row = 0;
        for (Shortcuts.Entry entry : Shortcuts.LISTED) {
            Label keys = new Label(entry.keys().getDisplayText());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(texts.get(entry.what())));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(WorkbenchViewModel.APP_NAME);
        alert.setHeaderText(texts.get("shortcuts.title"));
        alert.getDialogPane().setContent(grid);
        FxDialogs.followOwner(alert.getDialogPane(), owner);
        alert.show();
    }
}
