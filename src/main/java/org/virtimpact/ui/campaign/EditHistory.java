package org.virtimpact.ui.campaign;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo as a stack of edits, each holding the state before and after it. The states are
 * immutable records, so keeping both is cheap and an undo can never half-apply.
 *
 * @param <T> the edited state
 */
final class EditHistory<T> {

    /** Enough for an afternoon of editing a matrix; older edits fall off the bottom. */
    static final int LIMIT = 200;

    record Edit<T>(String label, T before, T after) {
    }

    private final Deque<Edit<T>> undo = new ArrayDeque<>();
    private final Deque<Edit<T>> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Undo would take back, for its tooltip; empty when nothing can be undone. */
    ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** A new edit makes the undone ones unreachable, as in every editor. */
    void record(String label, T before, T after) {
        undo.push(new Edit<>(label, before, after));
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** @return the state to go back to */
    Optional<T> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Edit<T> edit = undo.pop();
        redo.push(edit);
        update();
        return Optional.of(edit.before());
    }

    /** @return the state to go forward to */
    Optional<T> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Edit<T> edit = redo.pop();
        undo.push(edit);
        update();
        return Optional.of(edit.after());
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
    }
}
