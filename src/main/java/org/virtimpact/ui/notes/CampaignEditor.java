package org.virtimpact.ui.notes;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Dialogs;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * Saves what the researcher changes in the open campaign (conclusions, notes, the comparison
 * chosen) in {@code campaign.json}, in the background. Each change is applied to the file as it
 * is on disk at that moment, one change at a time, so an edit made elsewhere since opening (the
 * campaign pane, the command line) is kept rather than overwritten by an older copy.
 */
public final class CampaignEditor {

    private final ReadOnlyObjectWrapper<OpenCampaign> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    private final CampaignStore store;
    private final Background background;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Object fileLock = new Object();
    private int pending;

    public CampaignEditor(CampaignStore store, Background background, Dialogs dialogs, Texts texts) {
        this.store = store;
        this.background = background;
        this.dialogs = dialogs;
        this.texts = texts;
    }

    /** The campaign as last saved here; whoever shows the campaign listens to this. */
    public ReadOnlyObjectProperty<OpenCampaign> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /**
     * Applies {@code change} to the campaign in {@code dir} and saves it.
     *
     * @param what for the error dialog: what was being saved, e.g. "the note"
     */
    public void change(Path dir, String what, UnaryOperator<Campaign> change) {
        pending++;
        saving.set(true);
        background.submit(() -> {
            synchronized (fileLock) {
                Campaign changed = change.apply(store.load(dir));
                store.save(dir, changed);
                return new OpenCampaign(dir, changed);
            }
        }, done -> {
            finished();
            saved.set(done);
        }, e -> {
            finished();
            // never the exception's class name: a person reads this
            String reason = texts.explain(e);
            dialogs.error(texts.get("edit.failed", what), texts.get("edit.failed.details", reason));
        });
    }

    private void finished() {
        pending--;
        saving.set(pending > 0);
    }
}
