package org.virtimpact.ui.notes;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.virtimpact.core.report.ImpactRow;

/**
 * One language's sentence of the selected impact-table row, as the editor holds it: the text
 * being typed, whether it is the researcher's own, and whether the data changed under it since.
 */
public final class SentenceEditor {

    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper draft = new ReadOnlyStringWrapper("");
    private final StringProperty text = new SimpleStringProperty("");

    private final String language;
    private String loaded = "";

    SentenceEditor(String language) {
        this.language = language;
        text.addListener((obs, old, now) -> dirty.set(!loaded.equals(now)));
    }

    /** A BCP 47 tag: {@code en} or {@code pt-BR}, as the conclusions store it. */
    public String language() {
        return language;
    }

    /** The researcher wrote this sentence (it is not the draft). */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /** The researcher's sentence was written against other data than the row now shows. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The text differs from what is saved: there is something to save. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The sentence drafted from the data as it is now. */
    public ReadOnlyStringProperty draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public StringProperty textProperty() {
        return text;
    }

    /**
     * Shows {@code row}'s sentence. Text being typed is kept when the row is the same one seen
     * again with fresh numbers (a run adds samples while the researcher writes).
     */
    void load(ImpactRow row, boolean sameRow) {
        edited.set(row != null && row.edit(language).isPresent());
        stale.set(row != null && row.stale(language));
        draft.set(row == null ? "" : row.draft(language));
        String sentence = row == null ? "" : row.sentence(language);
        boolean keepTyping = sameRow && dirty.get();
        loaded = sentence;
        if (keepTyping) {
            dirty.set(!loaded.equals(text.get()));
        } else {
            text.set(sentence);
            dirty.set(false);
        }
    }
}
