package org.virtimpact.ui.targets;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.ui.Texts;
import org.virtimpact.core.text.Message;

/**
 * The host-key dialogs: an unknown key with its host, type and SHA256 fingerprint, Accept or
 * Reject (Reject is the default button, so Enter never trusts a key); a changed key with the
 * OpenSSH-like warning and only Close.
 */
public final class FxHostKeyQuestions implements HostKeyQuestions {

    private static final double WIDTH = 600;

    private final Window owner;
    private final Texts texts;

    public FxHostKeyQuestions(Window owner, Texts texts) {
        this.owner = owner;
        this.texts = texts;
    }

    @Override
    public boolean trust(String environment, ScannedHostKey key) {
        return FxWait.answer(() -> ask(environment, key), false);
    }

    @Override
    public void changed(String environment, Message message) {
        FxWait.answer(() -> {
            Alert alert = alert(Alert.AlertType.ERROR, texts.get("hostKey.changed.title", environment));
            Label text = new Label(texts.words().text(message));
            text.setWrapText(true);
            text.setMaxWidth(WIDTH);
            alert.getDialogPane().setContent(text);
            alert.getButtonTypes().setAll(new ButtonType(texts.get("hostKey.close"),
                    ButtonBar.ButtonData.CANCEL_CLOSE));
            alert.show();
            return null;
        }, null);
    }

    private boolean ask(String environment, ScannedHostKey key) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, texts.get(key.jumpHost() ? "hostKey.unknown.jump"
                : "hostKey.unknown.title", environment, key.address()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, new Label(texts.get("hostKey.host")), new Label(key.address()));
        grid.addRow(1, new Label(texts.get("hostKey.type")), new Label(key.type()));
        TextField fingerprint = new TextField(key.fingerprint());
        fingerprint.setEditable(false);
        fingerprint.setId("hostKeyFingerprint");
        fingerprint.getStyleClass().add("fingerprint");
        fingerprint.setPrefColumnCount(Math.max(40, key.fingerprint().length()));
        grid.addRow(2, new Label(texts.get("hostKey.fingerprint")), fingerprint);
        grid.addRow(3, new Label(texts.get("hostKey.knownHosts")), new Label(key.knownHosts()));
        Label advice = new Label(texts.get("hostKey.advice"));
        advice.setWrapText(true);
        advice.setMaxWidth(WIDTH);
        alert.getDialogPane().setContent(new VBox(12, grid, advice));
        ButtonType accept = new ButtonType(texts.get("hostKey.accept"), ButtonBar.ButtonData.OK_DONE);
        ButtonType reject = new ButtonType(texts.get("hostKey.reject"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(accept, reject);
        alert.getDialogPane().lookupButton(accept).setId("acceptHostKey");
        ((Button) alert.getDialogPane().lookupButton(accept)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(reject)).setDefaultButton(true);
        return alert.showAndWait().filter(accept::equals).isPresent();
    }

    private Alert alert(Alert.AlertType type, String header) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        org.virtimpact.ui.FxDialogs.followOwner(alert.getDialogPane(), owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle("VirtImpact");
        alert.setHeaderText(header);
        alert.setResizable(true);
        return alert;
    }
}
