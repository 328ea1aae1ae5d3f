package org.virtimpact.core.report;

import java.util.List;
import java.util.Optional;
import org.virtimpact.core.campaign.Conclusion;

/**
 * One line of the impact table: one device, one environment against the baseline.
 *
 * @param ahead          which side did better in the cells that decided the level
 * @param aheadName      the environment ahead; empty when neither or mixed
 * @param cells          cells compared; {@code tested} of them could be tested
 * @param better         deciding cells where {@code environment} did better; {@code worse} where it did worse
 * @param largestDifferencePercent the largest |% difference| among the deciding cells (NaN when none)
 * @param fingerprint    of the data under this row; an edit made against other data is stale
 * @param edits          the researcher's sentences for this row, one per language
 */
public record ImpactRow(String device, String environment, String baseline, ImpactLevel level, Ahead ahead,
                        String aheadName, int cells, int tested, int better, int worse,
                        double largestDifferencePercent, double thresholdPercent, String draftEnglish,
                        String draftPortuguese, String fingerprint, List<Conclusion> edits) {

    public static final String ENGLISH = "en";
    public static final String PORTUGUESE = "pt-BR";

    public enum Ahead { ENVIRONMENT, BASELINE, MIXED, NEITHER }

    public ImpactRow {
        edits = List.copyOf(edits);
    }

    public String draft(String language) {
        return language.equals(PORTUGUESE) ? draftPortuguese : draftEnglish;
    }

    public Optional<Conclusion> edit(String language) {
        return edits.stream().filter(c -> c.language().equals(language)).findFirst();
    }

    /** The researcher's sentence when there is one, the drafted one otherwise. */
    public String sentence(String language) {
        return edit(language).map(Conclusion::text).orElseGet(() -> draft(language));
    }

    /** The edit in this language was written against other data than the row now shows. */
    public boolean stale(String language) {
        return edit(language).map(c -> !c.dataFingerprint().equals(fingerprint)).orElse(false);
    }
}
