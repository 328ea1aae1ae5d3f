package org.virtimpact.ui.targets;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.targets.EnvironmentsViewModel.Item;

/** The fingerprint in one line; every fact in the tooltip; a hint where the guest was never reached. */
final class FingerprintCell extends TableCell<Item, String> {

    private final Texts texts;

    FingerprintCell(Texts texts) {
        this.texts = texts;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        Item item = empty || getTableRow() == null ? null : getTableRow().getItem();
        getStyleClass().remove("not-checked");
        if (item == null) {
            setText(null);
            setTooltip(null);
        } else if (item.fingerprint().isEmpty()) {
            setText(texts.get("environments.fingerprint.none"));
            getStyleClass().add("not-checked");
            setTooltip(new Tooltip(texts.get("environments.fingerprint.none.tip")));
        } else {
            setText(item.fingerprint());
            Tooltip tip = new Tooltip(item.fingerprintDetails());
            tip.setWrapText(true);
            tip.setMaxWidth(600);
            setTooltip(tip);
        }
    }
}
