package org.virtimpact.ui.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.virtimpact.ui.Texts;

/**
 * Asks which of the other campaign's environments stands for each of ours, when their names
 * differ ("Xen PV" here, "XenoLinux" in a paper). Only what the person maps is compared.
 */
final class OverlayMappingDialog {

    private final Texts texts;

    OverlayMappingDialog(Texts texts) {
        this.texts = texts;
    }

    /** @return our environment to theirs; empty when cancelled */
    Optional<Map<String, String>> ask(Window owner, List<String> ours, Overlay overlay) {
        Dialog<Map<String, String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        org.virtimpact.ui.FxDialogs.followOwner(dialog.getDialogPane(), owner);
        dialog.setTitle(texts.get("overlay.map.title"));
        dialog.setHeaderText(texts.get("overlay.map.header", overlay.name()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        String none = texts.get("overlay.map.none");
        Map<String, ComboBox<String>> choices = new LinkedHashMap<>();
        for (int i = 0; i < ours.size(); i++) {
            String env = ours.get(i);
            List<String> options = new ArrayList<>();
            options.add(none);
            options.addAll(overlay.environments());
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(options);
            choice.setValue(overlay.mapping().getOrDefault(env, none));
            choice.setId("map-" + i);
            choices.put(env, choice);
            grid.addRow(i, new Label(env), choice);
        }
        Label hint = new Label(texts.get("overlay.map.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        VBox content = new VBox(12, hint, grid);
        content.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Map<String, String> mapping = new LinkedHashMap<>();
            choices.forEach((env, choice) -> {
                if (choice.getValue() != null && !choice.getValue().equals(none)) {
                    mapping.put(env, choice.getValue());
                }
            });
            return mapping;
        });
        return dialog.showAndWait();
    }
}
