package org.virtimpact.core.run;

import org.virtimpact.core.results.Sample;
import org.virtimpact.core.text.Message;

/**
 * What a run reports as it goes. Calls come from the runner's thread, or from the workers of
 * parallel host groups, but never two at a time: the runner hands them on one after another.
 */
public interface RunListener {

    default void runStarted(RunPlan plan) {
    }

    default void message(String text) {
    }

    /** A line a listener may put in the person's language; by default it hears the English. */
    default void message(Message text) {
        message(text.english());
    }

    /**
     * {@code index} counts from 0 up to {@code total} − 1 over the plan's runs, warm-ups included;
     * a retry starts again with the index of its first attempt.
     */
    default void caseStarted(int index, int total, PlannedRun run) {
    }

    default void sampleRecorded(Sample sample) {
    }

    /** The run failed for good: no attempt is left, or another could not mend it. */
    default void caseFailed(PlannedRun run, String reason) {
    }

    /** The same, with a reason a listener may put in the person's language; by default the English. */
    default void caseFailed(PlannedRun run, Message reason) {
        caseFailed(run, reason.english());
    }

    /** Counts and times to the end, overall and per environment; after the start and after each run. */
    default void progress(RunProgress progress) {
    }

    /** A worker finished its repetition and now waits for a resume (true), or goes on (false). */
    default void paused(boolean paused) {
    }

    default void runFinished(RunReport report) {
    }

    RunListener NONE = new RunListener() {
    };
}
