package org.virtimpact.core.run;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.text.Message;

/**
 * The runs of one host group, one after another, with their own connections and managed peers. A
 * failed repetition that another attempt may mend waits {@code retryPauseSeconds} in the
 * background while the lane goes on with the next runs, then goes first; its environment is
 * reconnected for it when the connection dropped. Only a cancel, or a campaign folder that can't be
 * written, ends the lane early.
 */
final class Lane implements Callable<Lane.Result> {

    record Result(int completed, List<RunReport.Failure> failures, List<RunReport.Failure> warmupFailures,
                  boolean cancelled, Optional<Message> fatal) {
    }

    private record Attempt(PlannedRun run, int number, long notBeforeNanos) {
    }

    private final RunScope scope;
    private final List<PlannedRun> runs;
    private final Settings settings;
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final List<RunReport.Failure> failures = new ArrayList<>();
    private final List<RunReport.Failure> warmupFailures = new ArrayList<>();
    private final List<Attempt> retries = new ArrayList<>();
    private int completed;

    Lane(RunScope scope, List<PlannedRun> runs) {
        this.scope = scope;
        this.runs = List.copyOf(runs);
        this.settings = scope.campaign().settings();
    }

    @Override
    public Result call() {
        PeerManager peers = new PeerManager(scope.campaign(), this::session, scope.listener());
        Deque<Attempt> queue = new ArrayDeque<>();
        runs.forEach(r -> queue.add(new Attempt(r, 1, 0)));
        boolean cancelled = false;
        Optional<Message> fatal = Optional.empty();
        try {
            while (!queue.isEmpty() || !retries.isEmpty()) {
                if (scope.cancel().isCancelled() || !waitWhilePaused()) {
                    cancelled = true;
                    break;
                }
                Optional<Attempt> next = nextReady(queue);
                if (next.isEmpty()) {
                    long wait = retries.stream().mapToLong(Attempt::notBeforeNanos).min().orElse(0) - System.nanoTime();
                    Waits.pause(Duration.ofNanos(Math.max(0, wait)), scope.cancel());
                    continue;
                }
                if (!execute(next.get(), peers)) {
                    cancelled = true;
                    break;
                }
                boolean more = !queue.isEmpty() || !retries.isEmpty();
                if (more && settings.pauseSeconds() > 0
                        && !Waits.pause(Duration.ofSeconds(settings.pauseSeconds()), scope.cancel())) {
                    cancelled = true;
                    break;
                }
            }
        } catch (ResultsException e) {
            fatal = Optional.of(e.explanation());
            scope.listener().message(e.explanation());
        } finally {
            peers.stopAll();
            sessions.values().forEach(Session::end);
        }
        return new Result(completed, failures, warmupFailures, cancelled, fatal);
    }

    /** False when cancelled while waiting. */
    private boolean waitWhilePaused() {
        if (!scope.pause().isPaused()) {
            return true;
        }
        scope.listener().paused(true);
        scope.pause().awaitResumed(scope.cancel());
        scope.listener().paused(false);
        return !scope.cancel().isCancelled();
    }

    /** A retry whose pause is over goes before new runs, so the repetition is measured soon after its failure. */
    private Optional<Attempt> nextReady(Deque<Attempt> queue) {
        long now = System.nanoTime();
        Optional<Attempt> retry = retries.stream().filter(a -> a.notBeforeNanos() - now <= 0)
                .min(Comparator.comparingLong(Attempt::notBeforeNanos));
        retry.ifPresent(retries::remove);
        return retry.or(() -> Optional.ofNullable(queue.poll()));
    }

    /** False when the attempt was cancelled. */
    private boolean execute(Attempt attempt, PeerManager peers) throws ResultsException {
        PlannedRun run = attempt.run();
        scope.listener().caseStarted(scope.index(run), scope.plan().runs().size(), run);
        long start = System.nanoTime();
        Session session = session(run.environment());
        try {
            if (attempt.number() > 1 && session.broken()) {
                session.reconnect(scope.cancel());
            }
            List<Sample> samples = scope.oneRun().attempt(run, session, peers, scope.cancel());
            samples.forEach(scope.listener()::sampleRecorded);
            if (!run.warmup()) {
                completed++;
            }
            finished(run, start, true);
            return true;
        } catch (RunFailure f) {
            // a cancel can surface as any failure of the command it stopped; it is a cancel all the same
            if (f.cancelled() || scope.cancel().isCancelled()) {
                return false;
            }
            scope.journal().saveFailure(run.runId(), f.getMessage());
            if (f.retryable() && !run.warmup() && attempt.number() <= settings.retries()) {
                scope.listener().message(Message.of("run.retrying", "Attempt {0} of {1} failed: {2}. Trying again"
                        + " in {3} s.", Integer.toString(attempt.number()), run.runId(), f.explanation(),
                        Integer.toString(settings.retryPauseSeconds())));
                retries.add(new Attempt(run, attempt.number() + 1,
                        System.nanoTime() + Duration.ofSeconds(settings.retryPauseSeconds()).toNanos()));
                return true;
            }
            RunReport.Failure failure = new RunReport.Failure(run.runId(), run.environment().name(),
                    f.explanation());
            (run.warmup() ? warmupFailures : failures).add(failure);
            scope.listener().caseFailed(run, f.explanation());
            finished(run, start, false);
            return true;
        }
    }

    private void finished(PlannedRun run, long startNanos, boolean ok) {
        scope.tracker().finished(run, Duration.ofNanos(System.nanoTime() - startNanos), ok);
        scope.listener().progress(scope.tracker().snapshot());
    }

    private Session session(Environment env) {
        return sessions.computeIfAbsent(env.name(), n -> Session.open(env, scope.shells(), scope.journal(),
                new Orphans(scope.plan().campaignDir(), env.name(), env.scratchDir()), scope.listener(),
                scope.cancel()));
    }
}
