package org.virtimpact.core.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.remote.CancellationToken;

/** What the lanes of one run share: the campaign, its folder's journal, the listener, the controls. */
record RunScope(RunPlan plan, ShellFactory shells, Journal journal, OneRun oneRun, RunListener listener,
                CancellationToken cancel, PauseControl pause, ProgressTracker tracker, AtomicInteger started,
                Map<String, Integer> indexes) {

    RunScope(RunPlan plan, ShellFactory shells, Journal journal, OneRun oneRun, RunListener listener,
             CancellationToken cancel, PauseControl pause, ProgressTracker tracker) {
        this(plan, shells, journal, oneRun, listener, cancel, pause, tracker, new AtomicInteger(),
                new ConcurrentHashMap<>());
    }

    Campaign campaign() {
        return plan.campaign();
    }

    /** The index a run is announced with: its first attempt's, so a retry keeps it. */
    int index(PlannedRun run) {
        return indexes.computeIfAbsent(run.runId(), id -> started.getAndIncrement());
    }
}
