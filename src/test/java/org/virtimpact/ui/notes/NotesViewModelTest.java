package org.virtimpact.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;

class NotesViewModelTest {

    @TempDir
    Path dir;

    private final CampaignStore store = new CampaignStore();
    private final CampaignEditor editor = new CampaignEditor(store, new DirectBackground(), new RecordingDialogs(),
            Texts.forLocale(Locale.ROOT));
    private final SimpleObjectProperty<OpenCampaign> open = new SimpleObjectProperty<>();
    private NotesViewModel vm;

    @BeforeEach
    void openACampaign() throws Exception {
        Campaign campaign = new Campaign("study", "", List.of(), List.of(), new Settings(3, 60));
        store.save(dir, campaign);
        open.set(new OpenCampaign(dir, campaign));
        // as App wires it: what the editor saved is what the results show
        editor.savedProperty().addListener((obs, old, saved) -> open.set(saved));
        vm = new NotesViewModel(editor, open, Texts.forLocale(Locale.ROOT));
    }

    @Test
    void aNoteIsSavedInTheCampaignAndListed() throws Exception {
        assertTrue(vm.add("Disk", "dd", "write_rate", "size=8M", "  cache was warm  "));
        Annotation expected = new Annotation("Disk", "dd", "write_rate", "size=8M", "cache was warm");
        assertEquals(List.of(expected), store.load(dir).annotations());
        assertEquals(List.of(expected), vm.annotations());
        assertEquals(List.of(expected), vm.on("Disk", "dd", "write_rate"));
        assertEquals(List.of(), vm.on("Disk", "dd", "read_rate"));
    }

    @Test
    void aBlankNoteIsNotSaved() throws Exception {
        assertFalse(vm.add("Disk", "dd", "write_rate", "size=8M", "   "));
        assertEquals(List.of(), store.load(dir).annotations());
    }

    @Test
    void aRemovedNoteIsGoneFromTheFile() throws Exception {
        vm.add("Disk", "dd", "write_rate", "size=8M", "first");
        vm.add("Disk", "dd", "write_rate", "size=32M", "second");
        vm.remove(vm.annotations().get(0));
        assertEquals(List.of("second"), store.load(dir).annotations().stream().map(Annotation::text).toList());
    }
}
