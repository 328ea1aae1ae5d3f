package org.virtimpact.ui.run;

import java.util.List;
import java.util.stream.Collectors;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.ui.Texts;

/** How a finished run is told: one status line, and the distinct reasons of what failed. */
final class RunOutcome {

    private static final int REASONS_SHOWN = 5;

    private RunOutcome() {
    }

    static String summary(RunReport report, Texts texts) {
        if (report.cancelled()) {
            return texts.get("run.outcome.stopped", report.completed(), report.planned());
        }
        if (report.failures().isEmpty()) {
            return texts.get("run.outcome.done", report.completed());
        }
        return texts.get("run.outcome.someFailed", report.completed(), report.planned(), report.failures().size());
    }

    static String reasons(RunReport report, Texts texts) {
        List<String> distinct = report.failures().stream().map(f -> texts.words().text(f.explanation()))
                .distinct().toList();
        String shown = distinct.stream().limit(REASONS_SHOWN).map(r -> texts.get("run.outcome.reason", r))
                .collect(Collectors.joining("\n"));
        return distinct.size() > REASONS_SHOWN
                ? shown + "\n" + texts.get("run.outcome.more", distinct.size() - REASONS_SHOWN) : shown;
    }
}
