package org.virtimpact.ui;

import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.virtimpact.ui.campaign.CampaignViewModel;
import org.virtimpact.ui.run.RunViewModel;

/**
 * The window's keyboard shortcuts: Ctrl+O open, Ctrl+N new, Ctrl+R run, Esc cancel the run,
 * Ctrl+S save, Ctrl+Z undo, Ctrl+Shift+Z (or Ctrl+Y) redo, F1 this list; Cmd instead of Ctrl
 * on a Mac. {@link #LISTED} is what Help → Keyboard shortcuts shows, so the list can't drift from
 * what the keys do.
 *
 * <p>Undo, redo and Esc are caught before the focused control sees them: a text field would
 * otherwise keep Ctrl+Z for its own typing even when it has none. A field holding typing of its
 * own still undoes that first, as people expect; an empty one (a value just added) leaves Ctrl+Z
 * to the campaign.
 */
final class Shortcuts {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);
    static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);

    /** A key and the message key of what it does. */
    record Entry(KeyCombination keys, String what) {
    }

    static final List<Entry> LISTED = List.of(
            new Entry(shortcut(KeyCode.N), "shortcuts.new"),
            new Entry(shortcut(KeyCode.O), "shortcuts.open"),
            new Entry(shortcut(KeyCode.S), "shortcuts.save"),
            new Entry(UNDO, "shortcuts.undo"),
            new Entry(REDO, "shortcuts.redo"),
            new Entry(REDO_Y, "shortcuts.redo"),
            new Entry(shortcut(KeyCode.R), "shortcuts.run"),
            new Entry(CANCEL, "shortcuts.cancel"),
            new Entry(HELP, "shortcuts.help"));

    private final WorkbenchView view;
    private final RunViewModel run;
    private final CampaignViewModel campaign;

    Shortcuts(WorkbenchView view, RunViewModel run, CampaignViewModel campaign) {
        this.view = view;
        this.run = run;
        this.campaign = campaign;
    }

    void install(Parent root) {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                add(scene);
            }
        });
        if (root.getScene() != null) {
            add(root.getScene());
        }
    }

    private void add(Scene scene) {
        Map<KeyCombination, Runnable> keys = scene.getAccelerators();
        keys.put(shortcut(KeyCode.O), view::open);
        keys.put(shortcut(KeyCode.N), view::newCampaign);
        keys.put(shortcut(KeyCode.R), run::run);
        keys.put(shortcut(KeyCode.S), campaign::save);
        keys.put(HELP, view::showShortcuts);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CANCEL.match(e) && run.runningProperty().get()) {
                run.cancel();
                e.consume();
            } else if (UNDO.match(e) && !typingToUndo(scene, true)) {
                campaign.undo();
                e.consume();
            } else if ((REDO.match(e) || REDO_Y.match(e)) && !typingToUndo(scene, false)) {
                campaign.redo();
                e.consume();
            }
        });
    }

    private static boolean typingToUndo(Scene scene, boolean undo) {
        return scene.getFocusOwner() instanceof TextInputControl text && !text.getText().isEmpty()
                && (undo ? text.isUndoable() : text.isRedoable());
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
