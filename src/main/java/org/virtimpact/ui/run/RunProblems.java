package org.virtimpact.ui.run;

import java.util.stream.Collectors;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.run.PlanException;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.ui.Dialogs;
import org.virtimpact.ui.Texts;

/**
 * The dialogs of a run that did not go as planned: it could not start, it stopped on an error,
 * or some repetitions failed. Each says what happened in the person's language, never an
 * exception's class name.
 */
final class RunProblems {

    private final Dialogs dialogs;
    private final Texts texts;

    RunProblems(Dialogs dialogs, Texts texts) {
        this.dialogs = dialogs;
        this.texts = texts;
    }

    void failures(RunReport report) {
        if (!report.failures().isEmpty()) {
            dialogs.error(texts.get("run.failed.header", report.failures().size(), report.planned()),
                    texts.get("run.failed.details", RunOutcome.reasons(report, texts)));
        }
    }

    void notStarted(Exception e) {
        if (e instanceof PlanException plan) {
            dialogs.error(texts.get("run.plan.header"), texts.get("run.plan.details", plan.explanations().stream()
                    .map(p -> texts.get("run.outcome.reason", texts.words().text(p)))
                    .collect(Collectors.joining("\n"))));
        } else if (e instanceof ResultsException) {
            dialogs.error(texts.get("run.resultsUnreadable"), texts.explain(e));
        } else {
            dialogs.error(texts.get("run.startFailed"), texts.explain(e));
        }
    }

    void crashed(Throwable t) {
        dialogs.error(texts.get("run.crashed"), texts.get("run.crashed.details", texts.explain(t)));
    }
}
