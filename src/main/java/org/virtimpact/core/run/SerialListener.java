package org.virtimpact.core.run;

import org.virtimpact.core.results.Sample;
import org.virtimpact.core.text.Message;

/** Hands the calls of parallel workers on to a listener one at a time, so listeners need no locking. */
final class SerialListener implements RunListener {

    private final RunListener delegate;

    SerialListener(RunListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized void runStarted(RunPlan plan) {
        delegate.runStarted(plan);
    }

    @Override
    public synchronized void message(String text) {
        delegate.message(text);
    }

    @Override
    public synchronized void message(Message text) {
        delegate.message(text);
    }

    @Override
    public synchronized void caseStarted(int index, int total, PlannedRun run) {
        delegate.caseStarted(index, total, run);
    }

    @Override
    public synchronized void sampleRecorded(Sample sample) {
        delegate.sampleRecorded(sample);
    }

    @Override
    public synchronized void caseFailed(PlannedRun run, String reason) {
        delegate.caseFailed(run, reason);
    }

    @Override
    public synchronized void caseFailed(PlannedRun run, Message reason) {
        delegate.caseFailed(run, reason);
    }

    @Override
    public synchronized void progress(RunProgress progress) {
        delegate.progress(progress);
    }

    @Override
    public synchronized void paused(boolean paused) {
        delegate.paused(paused);
    }

    @Override
    public synchronized void runFinished(RunReport report) {
        delegate.runFinished(report);
    }
}
