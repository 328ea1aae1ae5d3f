package org.virtimpact.ui.campaign;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.ui.Dialogs;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * The campaign pane as a whole: which campaign is open and where it lives, and the commands that
 * act on all its edits at once (save, undo, redo). The matrix and the environments have their
 * own view models, editing the same {@link CampaignDraft}.
 */
public final class CampaignViewModel {

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");

    private final CampaignDraft draft;
    private final Dialogs dialogs;
    private final Texts texts;

    public CampaignViewModel(CampaignDraft draft, Dialogs dialogs, Texts texts) {
        this.draft = draft;
        this.dialogs = dialogs;
        this.texts = texts;
        name.set(texts.get("campaign.none"));
        description.set(texts.get("campaign.none.hint"));
        draft.draftProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showHeader(now);
            }
        });
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** Where the campaign lives, so the researcher knows which copy of a study is open. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** Edits not yet in campaign.json. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return draft.dirtyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return draft.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return draft.canRedoProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return draft.undoLabelProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return draft.redoLabelProperty();
    }

    /** A campaign was opened: edit it from what is on disk. */
    public void show(Path dir, Campaign campaign) {
        draft.load(dir, campaign);
    }

    /**
     * Lays edits not saved yet over the campaign just shown, as one step Undo can take back; for
     * the window built again in another language, which must not lose them.
     */
    public void restoreEdits(Campaign unsaved) {
        draft.apply(texts.get("campaign.carriedEdits"), c -> unsaved);
    }

    /** Another pane saved the campaign (a note): keep the edits on top of it. */
    public void campaignSaved(OpenCampaign saved) {
        draft.saved(saved);
    }

    /**
     * Whether the workbench may leave the open campaign for {@code next} (null when closing):
     * asks first when that would lose edits not saved yet.
     */
    public boolean mayLeave(Path next) {
        OpenCampaign open = draft.draftProperty().get();
        if (!draft.dirtyProperty().get() || open == null || open.dir().equals(next)) {
            return true;
        }
        return dialogs.confirm(texts.get("campaign.discard", open.campaign().name()),
                texts.get("campaign.discard.details"), texts.get(next == null ? "campaign.discard.close"
                        : "campaign.discard.open"));
    }

    public void save() {
        draft.save();
    }

    public void undo() {
        draft.undo();
    }

    public void redo() {
        draft.redo();
    }

    private void showHeader(OpenCampaign now) {
        folder.set(now.dir().toString());
        name.set(now.campaign().name());
        description.set(now.campaign().description());
        open.set(true);
    }
}
