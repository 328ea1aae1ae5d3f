package org.virtimpact.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The researcher's notes, device conclusions and comparison choice in campaign.json. */
class CampaignNotesStoreTest {

    private final CampaignStore store = new CampaignStore();

    @TempDir
    Path dir;

    private static Campaign annotated() {
        return CampaignStoreTest.localAndSsh()
                .withAnnotations(List.of(new Annotation("Disk", "dd", "write_rate", "block=512 size=1G",
                        "page cache warm on the PV guest")))
                .withDeviceConclusions(List.of(new DeviceConclusion("Disk", "PV ahead for buffered writes.")))
                .withAnalysis(new Analysis("native", 0.99, 0));
    }

    @Test
    void roundTripsNotesConclusionsAndTheComparisonChosen() throws CampaignException {
        store.save(dir, annotated());
        assertEquals(annotated(), store.load(dir));
    }

    @Test
    void aCampaignFileWrittenBeforeNotesExistedStillLoads() throws Exception {
        Files.writeString(dir.resolve(CampaignStore.CAMPAIGN_FILE), """
                {"name": "old", "environments": [], "benchmarks": [],
                 "settings": {"repetitions": 3, "commandTimeoutSeconds": 60},
                 "conclusions": [{"device": "Disk", "environment": "b", "baseline": "a", "language": "en",
                                  "text": "kept", "dataFingerprint": "x"}]}
                """);
        Campaign old = store.load(dir);
        assertEquals(List.of(), old.annotations());
        assertEquals(List.of(), old.deviceConclusions());
        assertNull(old.analysis());
        assertEquals(Analysis.defaults(), old.analysisOrDefaults());
        assertEquals("kept", old.conclusions().get(0).text());
    }

    @Test
    void aCampaignWithoutNotesWritesNoEmptyFields() throws Exception {
        store.save(dir, CampaignStoreTest.localAndSsh());
        String json = Files.readString(dir.resolve(CampaignStore.CAMPAIGN_FILE));
        assertFalse(json.contains("annotations") || json.contains("deviceConclusions") || json.contains("analysis"),
                json);
    }

    @Test
    void otherChangesKeepTheNotes() {
        Campaign changed = annotated().withSettings(new Settings(4, 60)).withEnvironments(annotated().environments())
                .withBenchmarks(annotated().benchmarks()).withConclusions(List.of());
        assertEquals(annotated().annotations(), changed.annotations());
        assertEquals(annotated().deviceConclusions(), changed.deviceConclusions());
        assertEquals(annotated().analysis(), changed.analysis());
    }

    @Test
    void aNoteNeedsText() {
        assertThrows(IllegalArgumentException.class, () -> new Annotation("Disk", "dd", "write_rate", "c", "  "));
    }

    @Test
    void aComparisonOutOfRangeFallsBackToTheDefaults() {
        assertEquals(new Analysis("", 0.95, 0.02), new Analysis(null, 1.5, -1));
    }
}
