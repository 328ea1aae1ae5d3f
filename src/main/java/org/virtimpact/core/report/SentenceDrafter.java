package org.virtimpact.core.report;

import java.util.Locale;
import org.virtimpact.core.report.ImpactRow.Ahead;
import org.virtimpact.core.text.Words;

/**
 * Drafts the impact table's sentence for a row in English and in Brazilian Portuguese, in the
 * study's manner ("Network: significant impact, PV ahead of HVM") plus the counts that make it
 * checkable. Numbers follow each language's decimal mark.
 */
final class SentenceDrafter {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    /** Device names as every Portuguese screen and figure writes them, so there is one translation of each. */
    private final Words portugueseWords = new Words(PT_BR);

    String english(ImpactRow r) {
        String behind = r.ahead() == Ahead.ENVIRONMENT ? r.baseline() : r.environment();
        String cells = r.cells() + (r.cells() == 1 ? " cell" : " cells");
        String largest = pct(r.largestDifferencePercent(), Locale.ROOT);
        return r.device() + ": " + switch (r.level()) {
            case SIGNIFICANT -> r.ahead() == Ahead.MIXED
                    ? "significant impact, mixed: " + r.environment() + " better in " + r.better() + " and "
                            + r.baseline() + " in " + r.worse() + " of " + cells + " (largest difference " + largest + ")."
                    : "significant impact, " + r.aheadName() + " ahead of " + behind + " (significantly different in "
                            + (r.better() + r.worse()) + " of " + cells + "; largest difference " + largest + ").";
            case SMALL -> "small impact" + (r.ahead() == Ahead.MIXED || r.ahead() == Ahead.NEITHER ? ""
                    : ", " + r.aheadName() + " slightly ahead of " + behind) + " (significant differences stay below "
                    + pct(r.thresholdPercent(), Locale.ROOT) + " in " + (r.better() + r.worse()) + " of " + cells + ").";
            case NONE -> "no significant impact: " + r.environment() + " and " + r.baseline()
                    + " do not differ significantly in any of " + cells + ".";
            case UNTESTED -> "not tested for significance (published means only, no spread); " + untestedEnglish(r,
                    behind, cells, largest);
        };
    }

    private static String untestedEnglish(ImpactRow r, String behind, String cells, String largest) {
        return switch (r.ahead()) {
            case ENVIRONMENT, BASELINE -> r.aheadName() + " ahead of " + behind + " in " + Math.max(r.better(), r.worse())
                    + " of " + cells + ", by up to " + largest + ".";
            case MIXED -> r.environment() + " better in " + r.better() + " and " + r.baseline() + " in " + r.worse()
                    + " of " + cells + ", by up to " + largest + ".";
            case NEITHER -> "the means of " + r.environment() + " and " + r.baseline() + " differ by less than "
                    + pct(r.thresholdPercent(), Locale.ROOT) + " in all " + cells + ".";
        };
    }

    String portuguese(ImpactRow r) {
        String behind = r.ahead() == Ahead.ENVIRONMENT ? r.baseline() : r.environment();
        String cells = r.cells() + (r.cells() == 1 ? " célula" : " células");
        String largest = pct(r.largestDifferencePercent(), PT_BR);
        String device = portugueseWords.device(r.device());
        return device + ": " + switch (r.level()) {
            case SIGNIFICANT -> r.ahead() == Ahead.MIXED
                    ? "impacto significativo, misto: " + r.environment() + " melhor em " + r.better() + " e "
                            + r.baseline() + " em " + r.worse() + " de " + cells + " (maior diferença " + largest + ")."
                    : "impacto significativo, " + r.aheadName() + " à frente de " + behind + " (diferença significativa em "
                            + (r.better() + r.worse()) + " de " + cells + "; maior diferença " + largest + ").";
            case SMALL -> "impacto pequeno" + (r.ahead() == Ahead.MIXED || r.ahead() == Ahead.NEITHER ? ""
                    : ", " + r.aheadName() + " ligeiramente à frente de " + behind) + " (as diferenças significativas"
                    + " ficam abaixo de " + pct(r.thresholdPercent(), PT_BR) + " em " + (r.better() + r.worse()) + " de "
                    + cells + ").";
            case NONE -> "sem impacto significativo: " + r.environment() + " e " + r.baseline()
                    + " não diferem significativamente em nenhuma de " + cells + ".";
            case UNTESTED -> "significância não testada (apenas médias publicadas, sem dispersão); "
                    + untestedPortuguese(r, behind, cells, largest);
        };
    }

    private static String untestedPortuguese(ImpactRow r, String behind, String cells, String largest) {
        return switch (r.ahead()) {
            case ENVIRONMENT, BASELINE -> r.aheadName() + " à frente de " + behind + " em "
                    + Math.max(r.better(), r.worse()) + " de " + cells + ", por até " + largest + ".";
            case MIXED -> r.environment() + " melhor em " + r.better() + " e " + r.baseline() + " em " + r.worse()
                    + " de " + cells + ", por até " + largest + ".";
            case NEITHER -> "as médias de " + r.environment() + " e " + r.baseline() + " diferem menos de "
                    + pct(r.thresholdPercent(), PT_BR) + " em todas as " + cells + ".";
        };
    }

    private static String pct(double percent, Locale locale) {
        return String.format(locale, "%.1f %%", percent);
    }
}
