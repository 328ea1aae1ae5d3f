package org.virtimpact.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.concurrent.Task;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.core.results.Sample;

/**
 * The one bridge between a run and the FX thread: the runner's listener calls become progress
 * and status updates, which {@link Task} already coalesces for the FX thread. Samples are handed
 * on in batches at most every {@link #SAMPLE_INTERVAL_NANOS}, so a fast benchmark can't flood
 * the charts with redraws.
 */
public final class RunTask extends Task<RunReport> {

    static final long SAMPLE_INTERVAL_NANOS = 500_000_000L;

    private final CampaignRunner runner;
    private final RunPlan plan;
    private final CancellationToken token = new CancellationToken();
    private final Consumer<List<Sample>> samples;
    private final LongSupplier nanoTime;
    private final List<Sample> pending = new ArrayList<>();
    private long lastFlush;

    /**
     * @param samples receives batches of new samples on the runner's thread, never the FX thread,
     *                so the receiver can summarise them where it is
     */
    public RunTask(CampaignRunner runner, RunPlan plan, Consumer<List<Sample>> samples, LongSupplier nanoTime) {
        this.runner = runner;
        this.plan = plan;
        this.samples = samples;
        this.nanoTime = nanoTime;
    }

    @Override
    protected RunReport call() {
        lastFlush = nanoTime.getAsLong();
        return runner.run(plan, new Listener(), token);
    }

    /**
     * Trips the token; the runner stops the command it is in and the task then ends normally
     * with a cancelled report. {@link #cancel()} is not used because it would end the task at
     * once, while the runner is still writing to the campaign folder.
     */
    public void stop() {
        token.cancel();
        updateMessage("Stopping: waiting for the current command to end…");
    }

    private void flush(boolean force) {
        long now = nanoTime.getAsLong();
        if (pending.isEmpty() || (!force && now - lastFlush < SAMPLE_INTERVAL_NANOS)) {
            return;
        }
        samples.accept(List.copyOf(pending));
        pending.clear();
        lastFlush = now;
    }

    private final class Listener implements RunListener {

        @Override
        public void runStarted(RunPlan p) {
            updateProgress(0, Math.max(1, p.runs().size()));
            updateMessage("Starting " + p.runs().size() + " repetitions"
                    + (p.alreadyDone() > 0 ? " (" + p.alreadyDone() + " already done)" : ""));
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }

        @Override
        public void caseStarted(int index, int total, PlannedRun run) {
            updateProgress(index, total);
            updateMessage("Run " + (index + 1) + " of " + total + ": " + run.testCase().benchmark() + " "
                    + run.testCase().label() + " on " + run.environment().name() + ", repetition "
                    + run.repetition());
        }

        @Override
        public void sampleRecorded(Sample sample) {
            pending.add(sample);
            flush(false);
        }

        @Override
        public void caseFailed(PlannedRun run, String reason) {
            updateMessage("Failed: " + reason);
        }

        @Override
        public void runFinished(RunReport report) {
            flush(true);
            updateProgress(report.completed(), Math.max(1, report.planned()));
        }
    }
}
