package org.virtimpact.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.concurrent.Task;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.PauseControl;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunProgress;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.text.Message;
import org.virtimpact.ui.Texts;

/**
 * The one bridge between a run and the FX thread: the runner's listener calls become progress
 * and status updates, which {@link Task} already coalesces for the FX thread. Samples are handed
 * on in batches at most every {@link #SAMPLE_INTERVAL_NANOS}, so a fast benchmark can't flood
 * the charts with redraws. Progress per environment and the log go to a {@link RunMonitor} on the
 * FX thread, in as few hops as the FX thread can take: one pending hop carries all that came meanwhile.
 */
public final class RunTask extends Task<RunReport> {

    static final long SAMPLE_INTERVAL_NANOS = 500_000_000L;

    private final CampaignRunner runner;
    private final RunPlan plan;
    private final CancellationToken token = new CancellationToken();
    private final Consumer<List<Sample>> samples;
    private final LongSupplier nanoTime;
    private final List<Sample> pending = new ArrayList<>();
    private final PauseControl pause;
    private final Optional<RunMonitor> monitor;
    private final Executor fxThread;
    private final ConcurrentLinkedQueue<Consumer<RunMonitor>> updates = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean hopPending = new AtomicBoolean();
    /** Only the newest progress is shown: short runs report it faster than anyone reads it. */
    private final AtomicReference<RunProgress> progress = new AtomicReference<>();
    private final Texts texts;
    private long lastFlush;

    /**
     * @param samples receives batches of new samples on the runner's thread, never the FX thread,
     *                so the receiver can summarise them where it is
     */
    public RunTask(CampaignRunner runner, RunPlan plan, Consumer<List<Sample>> samples, LongSupplier nanoTime,
                   Texts texts) {
        this(runner, plan, samples, nanoTime, PauseControl.none(), Optional.empty(), Runnable::run, texts);
    }

    /**
     * @param pause    paused and resumed by the view model while this task runs
     * @param monitor  receives progress and log lines, through {@code fxThread}
     * @param fxThread {@code Platform::runLater} in the workbench
     * @param texts    the words of the status line and the log, in the person's language
     */
    public RunTask(CampaignRunner runner, RunPlan plan, Consumer<List<Sample>> samples, LongSupplier nanoTime,
                   PauseControl pause, Optional<RunMonitor> monitor, Executor fxThread, Texts texts) {
        this.runner = runner;
        this.plan = plan;
        this.samples = samples;
        this.nanoTime = nanoTime;
        this.pause = pause;
        this.monitor = monitor;
        this.fxThread = fxThread;
        this.texts = texts;
    }

    @Override
    protected RunReport call() {
        lastFlush = nanoTime.getAsLong();
        return runner.run(plan, new Listener(), token, pause);
    }

    /**
     * Trips the token; the runner stops the command it is in and the task then ends normally
     * with a cancelled report. {@link #cancel()} is not used because it would end the task at
     * once, while the runner is still writing to the campaign folder.
     */
    public void stop() {
        token.cancel();
        // a paused run waits for a resume or a cancel; this is the cancel, let it through
        pause.resume();
        updateMessage(texts.get("run.task.stopping"));
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

    /** Queues a change of the monitor and makes sure one hop to the FX thread will apply it. */
    private void toMonitor(Consumer<RunMonitor> update) {
        if (monitor.isEmpty()) {
            return;
        }
        updates.add(update);
        hop();
    }

    private void hop() {
        if (hopPending.compareAndSet(false, true)) {
            fxThread.execute(() -> {
                hopPending.set(false);
                for (Consumer<RunMonitor> u = updates.poll(); u != null; u = updates.poll()) {
                    u.accept(monitor.get());
                }
                RunProgress newest = progress.getAndSet(null);
                if (newest != null) {
                    monitor.get().progress(newest);
                }
            });
        }
    }

    private final class Listener implements RunListener {

        @Override
        public void runStarted(RunPlan p) {
            updateProgress(0, Math.max(1, p.runs().size()));
            updateMessage(p.alreadyDone() > 0 ? texts.get("run.task.starting.done", p.runs().size(), p.alreadyDone())
                    : texts.get("run.task.starting", p.runs().size()));
            toMonitor(m -> m.started(p));
        }

        @Override
        public void message(String text) {
            updateMessage(text);
            toMonitor(m -> m.log(text));
        }

        @Override
        public void message(Message text) {
            message(texts.words().text(text));
        }

        @Override
        public void progress(RunProgress p) {
            updateProgress(p.done(), Math.max(1, p.total()));
            if (monitor.isPresent()) {
                progress.set(p);
                hop();
            }
        }

        @Override
        public void paused(boolean paused) {
            String text = texts.get(paused ? "run.task.paused" : "run.task.resumed");
            updateMessage(text);
            toMonitor(m -> m.log(text));
        }

        @Override
        public void caseStarted(int index, int total, PlannedRun run) {
            updateProgress(index, total);
            String text = texts.get(run.warmup() ? "run.task.case.warmup" : "run.task.case", index + 1, total,
                    run.testCase().benchmark(), run.testCase().label(), run.environment().name(), run.repetition());
            updateMessage(text);
            toMonitor(m -> m.log(text));
        }

        @Override
        public void sampleRecorded(Sample sample) {
            pending.add(sample);
            flush(false);
        }

        @Override
        public void caseFailed(PlannedRun run, String reason) {
            updateMessage(texts.get("run.task.failed", reason));
            toMonitor(m -> m.log(texts.get("run.task.failed.log", run.runId(), reason)));
        }

        @Override
        public void caseFailed(PlannedRun run, Message reason) {
            caseFailed(run, texts.words().text(reason));
        }

        @Override
        public void runFinished(RunReport report) {
            flush(true);
            updateProgress(report.completed(), Math.max(1, report.planned()));
            String text = report.cancelled() ? texts.get("run.task.stopped")
                    : report.failures().isEmpty()
                    ? texts.get("run.task.finished", report.completed(), report.planned())
                    : texts.get("run.task.finished.failed", report.completed(), report.planned(),
                            report.failures().size());
            toMonitor(m -> m.log(text));
        }
    }
}
