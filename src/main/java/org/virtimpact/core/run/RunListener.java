package org.virtimpact.core.run;

import org.virtimpact.core.results.Sample;

/** What a run reports as it goes; every method may be called from the runner's thread. */
public interface RunListener {

    default void runStarted(RunPlan plan) {
    }

    default void message(String text) {
    }

    /** {@code index} counts from 0 up to {@code total} − 1. */
    default void caseStarted(int index, int total, PlannedRun run) {
    }

    default void sampleRecorded(Sample sample) {
    }

    default void caseFailed(PlannedRun run, String reason) {
    }

    default void runFinished(RunReport report) {
    }

    RunListener NONE = new RunListener() {
    };
}
