package org.virtimpact.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.core.report.ReportFixtures.campaign;
import static org.virtimpact.core.report.ReportFixtures.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.stats.ComparisonSettings;
import org.virtimpact.core.stats.Verdict;

class ReportBuilderTest {

    private static final Map<String, String> M8 = Map.of("size", "8M");
    private static final Map<String, String> M32 = Map.of("size", "32M");

    private final ReportBuilder builder = new ReportBuilder(BenchmarkCatalog.standard());

    /** PV writes ~10 % faster than HVM in both cells; memory identical. */
    private static List<Sample> study() {
        List<Sample> s = new ArrayList<>();
        s.addAll(runs("HVM", "Disk", "dd", "write_rate", "MB/s", M8, 100, 101, 99, 100.5, 99.5));
        s.addAll(runs("PV", "Disk", "dd", "write_rate", "MB/s", M8, 110, 111, 109, 110.5, 109.5));
        s.addAll(runs("HVM", "Disk", "dd", "write_rate", "MB/s", M32, 200, 202, 198, 201, 199));
        s.addAll(runs("PV", "Disk", "dd", "write_rate", "MB/s", M32, 220, 222, 218, 221, 219));
        s.addAll(runs("HVM", "Memory", "membw", "copy", "MB/s", Map.of(), 5000, 5010, 4990, 5005, 4995));
        s.addAll(runs("PV", "Memory", "membw", "copy", "MB/s", Map.of(), 5001, 4991, 5011, 4996, 5006));
        return s;
    }

    private Report report(Campaign c, List<Sample> samples, Optional<String> baseline) throws ReportException {
        return builder.build(c, new ResultSet(samples, List.of()), Map.of(), List.of(), new ReportSettings(baseline,
                ComparisonSettings.defaults(), QualityThresholds.defaults()));
    }

    @Test
    void theFirstEnvironmentOfTheCampaignIsTheDefaultBaseline() throws Exception {
        Report r = report(campaign("HVM", "PV"), study(), Optional.empty());

        assertEquals("HVM", r.baseline());
        assertEquals(List.of("HVM", "PV"), r.environments());
    }

    @Test
    void everyCellOfTheOtherEnvironmentIsComparedAndTheBaselineIsNot() throws Exception {
        Report r = report(campaign("HVM", "PV"), study(), Optional.empty());

        assertTrue(r.cells().stream().filter(c -> c.key().environment().equals("HVM")).allMatch(c ->
                c.comparison().isEmpty()));
        assertEquals(List.of(Verdict.FASTER_SIGNIFICANT, Verdict.FASTER_SIGNIFICANT,
                Verdict.NO_SIGNIFICANT_DIFFERENCE), r.cells().stream().filter(c -> c.comparison().isPresent())
                .map(c -> c.comparison().get().verdict()).toList());
    }

    @Test
    void impactTableSaysWhichModeIsAheadPerDevice() throws Exception {
        ImpactTable t = report(campaign("HVM", "PV"), study(), Optional.empty()).impact();

        ImpactRow disk = t.rows().get(0);
        assertEquals("Disk", disk.device());
        assertEquals(ImpactLevel.SIGNIFICANT, disk.level());
        assertEquals("PV", disk.aheadName());
        assertEquals("Disk: significant impact, PV ahead of HVM (significantly different in 2 of 2 cells; largest"
                + " difference 10.0 %).", disk.draftEnglish());
        assertEquals("Disco: impacto significativo, PV à frente de HVM (diferença significativa em 2 de 2 células;"
                + " maior diferença 10,0 %).", disk.draftPortuguese());
        ImpactRow memory = t.rows().get(1);
        assertEquals(ImpactLevel.NONE, memory.level());
        assertEquals("Memory: no significant impact: PV and HVM do not differ significantly in any of 1 cell.",
                memory.draftEnglish());
    }

    @Test
    void aChosenBaselineTurnsTheComparisonAround() throws Exception {
        ImpactRow disk = report(campaign("HVM", "PV"), study(), Optional.of("PV")).impact().rows().get(0);

        assertEquals("HVM", disk.environment());
        assertEquals(ImpactRow.Ahead.BASELINE, disk.ahead());
        assertEquals("PV", disk.aheadName());
    }

    @Test
    void anUnknownBaselineIsRefusedWithTheEnvironmentsThatHaveResults() {
        ReportException e = assertThrows(ReportException.class,
                () -> report(campaign("HVM", "PV"), study(), Optional.of("KVM")));

        assertEquals("No results for baseline 'KVM'. Environments with results: HVM, PV.", e.getMessage());
    }

    @Test
    void environmentsOnlyInTheResultsFollowTheCampaignOnes() throws Exception {
        List<Sample> s = new ArrayList<>(runs("imported", "Disk", "dd", "write_rate", "MB/s", M8, 1, 2));
        s.addAll(study());

        assertEquals(List.of("HVM", "PV", "imported"), report(campaign("HVM", "PV"), s, Optional.empty())
                .environments());
    }

    @Test
    void anEditedSentenceIsKeptAndTurnsStaleWhenTheDataChanges() throws Exception {
        Campaign c = campaign("HVM", "PV");
        ImpactRow disk = report(c, study(), Optional.empty()).impact().rows().get(0);
        Campaign edited = new Conclusions().edit(c, disk, ImpactRow.ENGLISH, "Disk: PV writes faster.");

        ImpactRow same = report(edited, study(), Optional.empty()).impact().rows().get(0);
        List<Sample> more = new ArrayList<>(study());
        more.addAll(runs("PV", "Disk", "dd", "write_rate", "MB/s", Map.of("size", "8M", "x", "1"), 1, 2));
        ImpactRow changed = report(edited, more, Optional.empty()).impact().rows().get(0);

        assertEquals("Disk: PV writes faster.", same.sentence(ImpactRow.ENGLISH));
        assertFalse(same.stale(ImpactRow.ENGLISH));
        assertEquals(disk.draftPortuguese(), same.sentence(ImpactRow.PORTUGUESE), "only the edited language changes");
        assertTrue(changed.stale(ImpactRow.ENGLISH));
        assertEquals("Disk: PV writes faster.", changed.sentence(ImpactRow.ENGLISH), "a stale edit is flagged, not lost");
    }

    @Test
    void noResultsIsAReportExceptionThatSaysWhatToDo() {
        ReportException e = assertThrows(ReportException.class, () -> report(campaign("HVM"), List.of(),
                Optional.empty()));

        assertTrue(e.getMessage().contains("virtimpact run"), e.getMessage());
    }
}
