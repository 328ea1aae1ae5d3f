package org.virtimpact.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.DeviceConclusion;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;

class CampaignEditorTest {

    @TempDir
    Path dir;

    private final CampaignStore store = new CampaignStore();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CampaignEditor editor = new CampaignEditor(store, new DirectBackground(), dialogs,
            Texts.forLocale(Locale.ROOT));

    @Test
    void appliesTheChangeToTheFileAsItIsOnDisk() throws Exception {
        store.save(dir, new Campaign("study", "", List.of(), List.of(), new Settings(3, 60)));
        // changed elsewhere after this window opened it: that change must survive ours
        store.save(dir, store.load(dir).withSettings(new Settings(7, 60)));
        editor.change(dir, "the conclusions", c -> c.withDeviceConclusions(List.of(new DeviceConclusion("Disk", "ok"))));
        Campaign saved = store.load(dir);
        assertEquals(7, saved.settings().repetitions());
        assertEquals("ok", saved.deviceConclusion("Disk"));
        assertEquals(saved, editor.savedProperty().get().campaign());
        assertFalse(editor.savingProperty().get());
    }

    @Test
    void explainsAChangeThatCouldNotBeSaved() throws Exception {
        store.save(dir, new Campaign("study", "", List.of(), List.of(), new Settings(3, 60)));
        Files.writeString(dir.resolve(CampaignStore.CAMPAIGN_FILE), "{ not json");
        editor.change(dir, "the note", c -> c);
        assertEquals(1, dialogs.shown().size());
        assertEquals("Could not save the note", dialogs.shown().get(0).headline());
        assertTrue(dialogs.shown().get(0).details().contains("still on screen"));
    }
}
