package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.results.CsvResults;

/** The run settings in campaign.json: old files load, new ones round-trip, the seed is recorded. */
class RunSettingsFileTest {

    @TempDir
    Path dir;

    private final CampaignStore store = new CampaignStore();

    private void writeCampaign(String settingsJson) throws Exception {
        Files.writeString(dir.resolve(CampaignStore.CAMPAIGN_FILE), "{ \"name\": \"old\", \"environments\": [ {"
                + " \"name\": \"this machine\", \"target\": { \"kind\": \"local\" } } ], \"benchmarks\": [ {"
                + " \"benchmark\": \"" + TickBenchmark.ID + "\", \"axes\": { \"ms\": [\"1\"] } } ],"
                + " \"settings\": " + settingsJson + " }");
    }

    @Test
    void aCampaignFileFromBeforeTheseSettingsLoadsWithTodaysDefaults() throws Exception {
        writeCampaign("{ \"repetitions\": 5, \"commandTimeoutSeconds\": 300 }");

        Settings s = store.load(dir).settings();

        assertEquals(5, s.repetitions());
        assertEquals(300, s.commandTimeoutSeconds());
        assertEquals(Settings.Order.RANDOMIZED, s.order());
        assertEquals(1, s.warmups());
        assertEquals(1, s.retries());
        assertEquals(Settings.DEFAULT_RETRY_PAUSE_SECONDS, s.retryPauseSeconds());
        assertEquals(0, s.pauseSeconds());
        assertFalse(s.parallelGroups());
    }

    @Test
    void everyRunSettingSurvivesASaveAndLoad() throws Exception {
        Settings s = new Settings(12, 90, Settings.Order.SEQUENTIAL, 99, 0, 3, 2, 5, true);
        Campaign campaign = new Campaign("c", "", List.of(), List.of(), s);

        store.save(dir, campaign);

        assertEquals(s, store.load(dir).settings());
        String json = Files.readString(dir.resolve(CampaignStore.CAMPAIGN_FILE));
        assertTrue(json.contains("\"order\" : \"sequential\"") && json.contains("\"warmups\" : 0"), json);
    }

    @Test
    void theFirstVersionsConstructorStillMeansSequentialWithoutWarmupsOrRetries() {
        Settings s = new Settings(3, 60);

        assertEquals(Settings.Order.SEQUENTIAL, s.order());
        assertEquals(0, s.warmups());
        assertEquals(0, s.retries());
    }

    @Test
    void aNegativeWarmupCountIsRefusedNamingTheSetting() throws Exception {
        writeCampaign("{ \"repetitions\": 5, \"warmups\": -1 }");

        CampaignException e = assertThrows(CampaignException.class, () -> store.load(dir));

        assertTrue(e.getMessage().contains("warm-ups must be between 0 and 100, not -1"), e.getMessage());
    }

    @Test
    void theFirstRunOfARandomizedCampaignRecordsItsSeed() throws Exception {
        writeCampaign("{ \"repetitions\": 2 }");
        RunPreparation preparation = new RunPreparation(store, new CsvResults(),
                new RunPlanner(TickBenchmark.catalog(), () -> 1234L));

        RunPreparation.Prepared first = preparation.prepare(dir, UnaryOperator.identity());
        RunPreparation.Prepared second = preparation.prepare(dir, UnaryOperator.identity());

        assertEquals(1234L, store.load(dir).settings().seed());
        assertTrue(first.changes().get(0).contains("randomized with seed 1234"), first.changes().toString());
        assertEquals(List.of(), second.changes(), "nothing new to record the second time");
        assertEquals(first.plan().runs(), second.plan().runs());
    }

    @Test
    void moreRepetitionsAreSavedBeforeTheRun() throws Exception {
        writeCampaign("{ \"repetitions\": 2, \"seed\": 5 }");
        RunPreparation preparation = new RunPreparation(store, new CsvResults(),
                new RunPlanner(TickBenchmark.catalog()));

        RunPreparation.Prepared prepared = preparation.prepare(dir, s -> s.withRepetitions(4));

        assertEquals(4, store.load(dir).settings().repetitions());
        assertEquals(4, prepared.plan().repetitions());
        assertTrue(prepared.changes().get(0).startsWith("Repetitions set to 4"), prepared.changes().toString());
    }
}
