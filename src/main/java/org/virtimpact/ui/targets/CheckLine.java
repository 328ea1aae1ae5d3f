package org.virtimpact.ui.targets;

import java.util.ArrayList;
import java.util.List;
import org.virtimpact.core.preflight.CheckRow;
import org.virtimpact.core.preflight.CheckStatus;
import org.virtimpact.core.preflight.CheckTable;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.core.text.Words;

/**
 * One line of a preflight table as the workbench shows it: which table (environment or the
 * campaign's matrix), the check, how it ended, what was found and what to do.
 */
public record CheckLine(String table, String check, CheckStatus status, boolean required, String detail,
                        String fix) {

    /** A symbol that tells the statuses apart without relying on colour. */
    public String symbol() {
        return switch (status) {
            case OK -> "\u2714";
            case WARNING -> "\u26a0";
            case FAILED -> "\u2716";
            case SKIPPED -> "\u2013";
        };
    }

    public boolean blocksRun() {
        return required && status == CheckStatus.FAILED;
    }

    /**
     * The environments' tables first, then the campaign's own when it holds a problem: a clean
     * matrix is no news when testing one connection.
     */
    public static List<CheckLine> of(PreflightReport report) {
        return of(report, Words.english());
    }

    /** @param words the language the checks' names, findings and fixes are shown in */
    public static List<CheckLine> of(PreflightReport report, Words words) {
        List<CheckLine> lines = new ArrayList<>();
        report.environments().forEach(t -> add(lines, t, words));
        CheckTable campaign = report.campaign();
        if (campaign.rows().stream().anyMatch(r -> r.status() != CheckStatus.OK)) {
            add(lines, campaign, words);
        }
        return List.copyOf(lines);
    }

    private static void add(List<CheckLine> lines, CheckTable table, Words words) {
        for (CheckRow row : table.rows()) {
            lines.add(new CheckLine(table.name(), words.text(row.title()), row.status(), row.required(),
                    words.text(row.found()), words.text(row.todo())));
        }
    }
}
