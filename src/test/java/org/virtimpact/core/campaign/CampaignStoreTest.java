package org.virtimpact.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignStoreTest {

    private final CampaignStore store = new CampaignStore();

    @TempDir
    Path dir;

    static Campaign localAndSsh() {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("size", List.of("128M", "1G"));
        axes.put("block", List.of("512"));
        return new Campaign("Xen study", "dd and membw on two hosts",
                List.of(new Environment("native", "native", "host-a", Target.local(), "/scratch", ""),
                        new Environment("xen pv", "Xen PV", "host-a",
                                Target.ssh("alice", "xen-pv.lab", 2222, "~/.ssh/id_ed25519", "~/.ssh/known_hosts"),
                                "/var/tmp", "peer.lab")),
                List.of(new BenchmarkSpec("dd", axes, Map.of()),
                        new BenchmarkSpec("membw", Map.of("array", List.of("80M")), Map.of("ntimes", "10"))),
                new Settings(7, 600));
    }

    @Test
    void roundTripsACampaignWithALocalAndAnSshEnvironment() throws CampaignException {
        Campaign original = localAndSsh();

        store.save(dir, original);

        assertEquals(original, store.load(dir));
    }

    @Test
    void aLocalTargetIsWrittenWithoutAPort() throws CampaignException, IOException {
        store.save(dir, localAndSsh());

        String json = Files.readString(dir.resolve(CampaignStore.CAMPAIGN_FILE));
        assertEquals(1, json.split("\"port\"", -1).length - 1, "only the SSH target has a port: " + json);
        assertEquals(localAndSsh(), store.load(dir));
    }

    @Test
    void loadsTheQuickstartSample() throws CampaignException {
        // surefire runs with the module folder as working directory
        Campaign quickstart = store.load(Path.of("samples", "quickstart"));

        assertEquals(1, quickstart.environments().size());
        assertEquals(Target.Kind.LOCAL, quickstart.environments().get(0).target().kind());
        assertEquals(List.of("dd", "membw"), quickstart.benchmarks().stream().map(BenchmarkSpec::benchmark).toList());
        assertEquals(5, quickstart.settings().repetitions());
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws CampaignException, IOException {
        store.save(dir, localAndSsh());

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(CampaignStore.CAMPAIGN_FILE),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void savingReplacesTheOldContent() throws CampaignException {
        store.save(dir, localAndSsh());
        Campaign renamed = new Campaign("Renamed", "", List.of(), List.of(), null);

        store.save(dir, renamed);

        assertEquals(renamed, store.load(dir));
    }

    @Test
    void savingCreatesTheFolder() throws CampaignException {
        Path nested = dir.resolve("new").resolve("study");

        store.save(nested, localAndSsh());

        assertTrue(Files.isRegularFile(nested.resolve(CampaignStore.CAMPAIGN_FILE)));
    }

    @Test
    void malformedJsonNamesLineAndColumnWithoutStackTraceText() throws IOException {
        // the comma after "b" is missing; the parser notices at the next key, on line 4
        Files.writeString(dir.resolve(CampaignStore.CAMPAIGN_FILE),
                "{\n  \"name\": \"x\",\n  \"description\": \"b\"\n  \"environments\": []\n}\n");

        CampaignException e = assertThrows(CampaignException.class, () -> store.load(dir));

        assertTrue(e.getMessage().contains("line 4, column"), e.getMessage());
        assertFalse(e.getMessage().contains("at [Source"), e.getMessage());
        assertFalse(e.getMessage().contains("com.fasterxml"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aValueRefusedByTheModelIsReportedWithItsLine() throws IOException {
        Files.writeString(dir.resolve(CampaignStore.CAMPAIGN_FILE),
                "{\n  \"name\": \"x\",\n  \"settings\": { \"repetitions\": -1 }\n}\n");

        CampaignException e = assertThrows(CampaignException.class, () -> store.load(dir));

        assertTrue(e.getMessage().contains("repetitions must be between 1 and 10000, not -1"), e.getMessage());
        assertTrue(e.getMessage().contains("(line 3"), e.getMessage());
        assertFalse(e.getMessage().contains("com.fasterxml"), e.getMessage());
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path missing = dir.resolve("nowhere");

        CampaignException e = assertThrows(CampaignException.class, () -> store.load(missing));

        assertTrue(e.getMessage().startsWith("No campaign folder at " + missing), e.getMessage());
    }

    @Test
    void aFolderWithoutCampaignJsonSaysSo() {
        CampaignException e = assertThrows(CampaignException.class, () -> store.load(dir));

        assertTrue(e.getMessage().contains(dir + " has no campaign.json"), e.getMessage());
    }

    @Test
    void serialisedJsonHasNoPasswordField() throws CampaignException {
        String json = store.toJson(localAndSsh());

        assertFalse(json.toLowerCase().contains("password"), json);
        assertTrue(json.contains("\"identityFile\""), "the key path is what replaces a password: " + json);
    }

    @Test
    void aPasswordInAHandEditedFileIsDroppedOnTheNextSave() throws IOException, CampaignException {
        // FAIL_ON_UNKNOWN_PROPERTIES is off, so the secret is ignored on load and never written back
        Files.writeString(dir.resolve(CampaignStore.CAMPAIGN_FILE), "{\"name\": \"x\", \"environments\": [{"
                + "\"name\": \"a\", \"target\": {\"kind\": \"ssh\", \"host\": \"h\", \"password\": \"hunter2\"}}]}");

        store.save(dir, store.load(dir));

        String saved = Files.readString(dir.resolve(CampaignStore.CAMPAIGN_FILE));
        assertFalse(saved.contains("hunter2") || saved.contains("password"), saved);
    }
}
