package org.virtimpact.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Conclusion;

class ConclusionsTest {

    private static ImpactRow row(String fingerprint) {
        return new ImpactRow("Disk", "PV", "HVM", ImpactLevel.SIGNIFICANT, ImpactRow.Ahead.ENVIRONMENT, "PV", 2, 2, 2,
                0, 10, 2, "draft", "rascunho", fingerprint, List.of());
    }

    @Test
    void anEditIsSavedInCampaignJsonWithTheFingerprintOfItsData(@TempDir Path dir) throws Exception {
        CampaignStore store = new CampaignStore();
        Campaign c = new Conclusions().edit(ReportFixtures.campaign("HVM", "PV"), row("abc"), "pt-BR", "Disco: PV vence.");

        store.save(dir, c);

        assertEquals(List.of(new Conclusion("Disk", "PV", "HVM", "pt-BR", "Disco: PV vence.", "abc")),
                store.load(dir).conclusions());
    }

    @Test
    void editingAgainReplacesTheSentenceOfThatRowAndLanguage() {
        Conclusions conclusions = new Conclusions();
        Campaign c = conclusions.edit(ReportFixtures.campaign("HVM"), row("a"), "en", "first");
        c = conclusions.edit(c, row("b"), "en", "second");
        c = conclusions.edit(c, row("b"), "pt-BR", "segundo");

        assertEquals(List.of("second", "segundo"), c.conclusions().stream().map(Conclusion::text).toList());
        assertEquals(List.of(), conclusions.revert(conclusions.revert(c, row("b"), "en"), row("b"), "pt-BR")
                .conclusions());
    }

    @Test
    void aCampaignFileWithoutConclusionsStillLoads(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("campaign.json"), "{\"name\":\"old\",\"environments\":[],\"benchmarks\":[]}");

        assertEquals(List.of(), new CampaignStore().load(dir).conclusions());
    }
}
