package org.virtimpact.ui.targets;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.virtimpact.core.remote.PassphraseProvider;
import org.virtimpact.ui.Texts;

/**
 * Asks for a key's passphrase in a dialog, while the connecting background thread waits. The
 * passphrase goes straight to the SSH adapter, which overwrites it once the key is unlocked; it
 * is never kept here nor written anywhere, so the next connection asks again.
 */
public final class FxPassphrases implements PassphraseProvider {

    private final Window owner;
    private final Texts texts;

    public FxPassphrases(Window owner, Texts texts) {
        this.owner = owner;
        this.texts = texts;
    }

    @Override
    public Optional<char[]> passphrase(String keyFile, String destination, int attempt) {
        return FxWait.answer(() -> ask(keyFile, destination, attempt), Optional.empty());
    }

    private Optional<char[]> ask(String keyFile, String destination, int attempt) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        org.virtimpact.ui.FxDialogs.followOwner(dialog.getDialogPane(), owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("VirtImpact");
        dialog.setHeaderText(texts.get("passphrase.header", keyFile));
        PasswordField field = new PasswordField();
        field.setId("passphraseField");
        field.setPromptText(texts.get("passphrase.prompt"));
        Label why = new Label(attempt > 1 ? texts.get("passphrase.again", destination, attempt)
                : texts.get("passphrase.why", destination));
        why.setWrapText(true);
        why.setMaxWidth(480);
        dialog.getDialogPane().setContent(new VBox(10, why, field));
        ButtonType unlock = new ButtonType(texts.get("passphrase.unlock"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(unlock, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == unlock ? copy(field) : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> answer = dialog.showAndWait();
        field.clear();
        return answer;
    }

    private static char[] copy(PasswordField field) {
        CharSequence typed = field.getCharacters();
        char[] out = new char[typed.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = typed.charAt(i);
        }
        return out;
    }
}
