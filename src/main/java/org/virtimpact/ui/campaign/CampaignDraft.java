package org.virtimpact.ui.campaign;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * The open campaign as the researcher is editing it: its matrix, repetitions and environments,
 * with undo and redo, not yet saved. Both the matrix editor and the environments editor change it
 * here, so one Undo takes back the last edit whichever pane made it. Saving writes only these
 * parts, over the file as it is on disk, so notes and conclusions saved elsewhere are kept.
 */
public final class CampaignDraft {

    private final ReadOnlyObjectWrapper<OpenCampaign> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final EditHistory<Campaign> history = new EditHistory<>();

    private final CampaignChanges changes;
    private final Texts texts;
    private Campaign saved;

    public CampaignDraft(CampaignChanges changes, Texts texts) {
        this.changes = changes;
        this.texts = texts;
    }

    /** The campaign with every edit so far; null while no campaign is open. */
    public ReadOnlyObjectProperty<OpenCampaign> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** True when the draft's matrix, repetitions or environments differ from campaign.json. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return history.undoLabelProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return history.redoLabelProperty();
    }

    public Optional<OpenCampaign> current() {
        return Optional.ofNullable(draft.get());
    }

    /**
     * A campaign was opened: its edits start from what is on disk, with nothing to undo. The same
     * folder opened again (after an import) keeps the edits not saved yet.
     */
    public void load(Path dir, Campaign campaign) {
        OpenCampaign open = draft.get();
        if (open != null && open.dir().equals(dir)) {
            saved(new OpenCampaign(dir, campaign));
            return;
        }
        saved = campaign;
        history.clear();
        set(new OpenCampaign(dir, campaign));
    }

    /**
     * Applies one edit, which Undo can take back.
     *
     * @param label what the edit did, for the Undo button's tooltip
     * @return the reason the edit was refused (e.g. two environments with one name), empty when applied
     */
    public Optional<String> apply(String label, UnaryOperator<Campaign> change) {
        OpenCampaign open = draft.get();
        if (open == null) {
            return Optional.of(texts.get("draft.noCampaign"));
        }
        Campaign changed;
        try {
            changed = change.apply(open.campaign());
        } catch (IllegalArgumentException e) {
            return Optional.of(texts.explain(e));
        }
        if (sameEdits(changed, open.campaign())) {
            return Optional.empty();
        }
        history.record(label, open.campaign(), changed);
        set(new OpenCampaign(open.dir(), changed));
        return Optional.empty();
    }

    public void undo() {
        history.undo().ifPresent(this::replace);
    }

    public void redo() {
        history.redo().ifPresent(this::replace);
    }

    /** Writes the draft's matrix, repetitions and environments into campaign.json, off the FX thread. */
    public void save() {
        OpenCampaign open = draft.get();
        if (open == null || !dirty.get()) {
            return;
        }
        Campaign edits = open.campaign();
        changes.change(open.dir(), texts.get("draft.what"), onDisk -> onDisk.withEnvironments(edits.environments())
                .withBenchmarks(edits.benchmarks()).withSettings(edits.settings()));
    }

    /**
     * The campaign was saved, by this draft, another pane (a note) or a run (the seed of its
     * order): the draft keeps its own edits, if any, on top of what is now on disk.
     */
    public void saved(OpenCampaign now) {
        OpenCampaign open = draft.get();
        if (open == null || !open.dir().equals(now.dir())) {
            return;
        }
        Campaign before = saved;
        saved = now.campaign();
        if (!dirty.get()) {
            set(now);
            return;
        }
        Campaign mine = open.campaign();
        // A run records the seed of its random order; that is not an edit of the person's to keep.
        Settings settings = mine.settings().seed() == before.settings().seed()
                ? mine.settings().withOrder(mine.settings().order(), now.campaign().settings().seed())
                : mine.settings();
        set(new OpenCampaign(open.dir(), now.campaign().withEnvironments(mine.environments())
                .withBenchmarks(mine.benchmarks()).withSettings(settings)));
    }

    private void replace(Campaign campaign) {
        OpenCampaign open = draft.get();
        if (open != null) {
            set(new OpenCampaign(open.dir(), campaign));
        }
    }

    private void set(OpenCampaign open) {
        draft.set(open);
        dirty.set(!sameEdits(open.campaign(), saved));
    }

    /** Only what this draft edits counts; notes and conclusions are saved by their own panes. */
    static boolean sameEdits(Campaign a, Campaign b) {
        return a.environments().equals(b.environments()) && a.benchmarks().equals(b.benchmarks())
                && Objects.equals(a.settings(), b.settings());
    }
}
