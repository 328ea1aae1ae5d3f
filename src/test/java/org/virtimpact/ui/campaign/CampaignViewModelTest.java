package org.virtimpact.ui.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;

class CampaignViewModelTest {

    @TempDir
    Path dir;

    private final CampaignStore store = new CampaignStore();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CampaignDraft draft = Drafts.savingTo(store, dialogs);
    private final CampaignViewModel vm = new CampaignViewModel(draft, dialogs, Drafts.TEXTS);

    @Test
    void startsWithAnInvitationToOpenACampaign() {
        assertFalse(vm.openProperty().get());
        assertTrue(vm.descriptionProperty().get().contains("Open…"), vm.descriptionProperty().get());
    }

    @Test
    void showsNameDescriptionAndFolder() throws Exception {
        vm.show(dir, Drafts.xenStudy(dir));
        assertEquals("Xen study", vm.nameProperty().get());
        assertEquals("PV against HVM", vm.descriptionProperty().get());
        assertEquals(dir.toString(), vm.folderProperty().get());
        assertTrue(vm.openProperty().get());
    }

    @Test
    void anEditMakesTheCampaignDirtyAndSavingWritesIt() throws Exception {
        vm.show(dir, Drafts.xenStudy(dir));
        draft.apply("repetitions 7", c -> c.withSettings(new Settings(7, 300)));
        assertTrue(vm.dirtyProperty().get());

        vm.save();

        assertFalse(vm.dirtyProperty().get());
        assertEquals(7, store.load(dir).settings().repetitions());
        assertTrue(dialogs.shown().isEmpty(), dialogs.shown().toString());
    }

    @Test
    void savingKeepsANoteSavedMeanwhileByAnotherPane() throws Exception {
        Campaign opened = Drafts.xenStudy(dir);
        vm.show(dir, opened);
        draft.apply("repetitions 7", c -> c.withSettings(new Settings(7, 300)));
        Annotation note = new Annotation("Disk", "dd", "write_rate", "size=8M block=512", "cache warm");
        store.save(dir, opened.withAnnotations(List.of(note)));

        vm.save();

        Campaign saved = store.load(dir);
        assertEquals(List.of(note), saved.annotations());
        assertEquals(7, saved.settings().repetitions());
    }

    @Test
    void theSeedARunRecordsIsNoEditOfThePersons() throws Exception {
        Campaign opened = Drafts.xenStudy(dir);
        vm.show(dir, opened);
        Campaign seeded = opened.withSettings(opened.settings().withOrder(Settings.Order.RANDOMIZED, 42));
        vm.campaignSaved(new OpenCampaign(dir, seeded));
        assertFalse(vm.dirtyProperty().get());

        draft.apply("repetitions 7", c -> c.withSettings(c.settings().withRepetitions(7)));
        vm.campaignSaved(new OpenCampaign(dir, seeded.withSettings(seeded.settings().withOrder(
                Settings.Order.RANDOMIZED, 43))));
        assertEquals(43, draft.draftProperty().get().campaign().settings().seed(), "the new seed is taken");
        assertEquals(7, reps(), "and the edit kept");
    }

    @Test
    void undoAndRedoWalkThroughTheEdits() throws Exception {
        vm.show(dir, Drafts.xenStudy(dir));
        draft.apply("repetitions 7", c -> c.withSettings(new Settings(7, 300)));
        draft.apply("repetitions 8", c -> c.withSettings(new Settings(8, 300)));
        assertEquals("repetitions 8", vm.undoLabelProperty().get());

        vm.undo();
        assertEquals(7, reps());
        vm.undo();
        assertEquals(5, reps());
        assertFalse(vm.dirtyProperty().get(), "back to what is on disk");
        assertFalse(vm.canUndoProperty().get());

        vm.redo();
        assertEquals(7, reps());
        assertTrue(vm.canRedoProperty().get());
    }

    @Test
    void aNewEditForgetsWhatWasUndone() throws Exception {
        vm.show(dir, Drafts.xenStudy(dir));
        draft.apply("repetitions 7", c -> c.withSettings(new Settings(7, 300)));
        vm.undo();
        draft.apply("repetitions 9", c -> c.withSettings(new Settings(9, 300)));
        assertFalse(vm.canRedoProperty().get());
    }

    @Test
    void leavingWithUnsavedEditsAsksFirst() throws Exception {
        vm.show(dir, Drafts.xenStudy(dir));
        assertTrue(vm.mayLeave(Path.of("elsewhere")), "nothing to lose yet");
        draft.apply("repetitions 7", c -> c.withSettings(new Settings(7, 300)));
        RecordingDialogs declining = new RecordingDialogs().answering(false);
        CampaignViewModel refusing = new CampaignViewModel(draft, declining, Drafts.TEXTS);
        assertFalse(refusing.mayLeave(Path.of("elsewhere")));
        assertEquals(1, declining.asked().size());
        assertTrue(refusing.mayLeave(dir), "opening the same folder again keeps the edits");
    }

    @Test
    void openingTheSameFolderAgainKeepsTheEdits() throws Exception {
        Campaign opened = Drafts.xenStudy(dir);
        vm.show(dir, opened);
        draft.apply("repetitions 7", c -> c.withSettings(new Settings(7, 300)));
        vm.show(dir, opened);
        assertEquals(7, reps());
        assertTrue(vm.canUndoProperty().get());
    }

    private int reps() {
        return draft.draftProperty().get().campaign().settings().repetitions();
    }
}
