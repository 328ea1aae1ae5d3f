package org.virtimpact.core.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.text.Message;

/**
 * Runs a plan, synchronously: on the caller's thread, or, when the campaign asks for parallel
 * host groups and an executor was given, one lane per group on the executor while the caller
 * waits. A failed repetition is recorded with its reason and the run goes on; only a campaign
 * folder that can't be written, or a cancel, stops it early.
 */
public final class CampaignRunner {

    private final ShellFactory shells;
    private final BenchmarkCatalog catalog;
    private final Clock clock;
    private final Optional<ExecutorService> groupWorkers;
    private final Supplier<List<Path>> earlierCampaigns;

    public CampaignRunner(ShellFactory shells, BenchmarkCatalog catalog, Clock clock) {
        this(shells, catalog, clock, Optional.empty());
    }

    /** @param groupWorkers runs the lanes of parallel host groups; without one, groups take turns */
    public CampaignRunner(ShellFactory shells, BenchmarkCatalog catalog, Clock clock,
                          Optional<ExecutorService> groupWorkers) {
        this(shells, catalog, clock, groupWorkers, List::of);
    }

    /**
     * @param earlierCampaigns folders of other campaigns whose runs of the same environments and
     *                         cells tell the time to the end before this run has timed anything;
     *                         asked for at the start of each run, on the runner's thread
     */
    public CampaignRunner(ShellFactory shells, BenchmarkCatalog catalog, Clock clock,
                          Optional<ExecutorService> groupWorkers, Supplier<List<Path>> earlierCampaigns) {
        this.shells = shells;
        this.catalog = catalog;
        this.clock = clock;
        this.groupWorkers = groupWorkers;
        this.earlierCampaigns = earlierCampaigns;
    }

    private List<Path> rawFolders(Path campaignDir) {
        List<Path> raw = new ArrayList<>(List.of(campaignDir.resolve(Journal.RAW)));
        earlierCampaigns.get().stream().map(d -> d.resolve(Journal.RAW))
                .filter(d -> !d.toAbsolutePath().normalize().equals(raw.get(0).toAbsolutePath().normalize()))
                .forEach(raw::add);
        return raw;
    }

    public RunReport run(RunPlan plan, RunListener listener, CancellationToken cancel) {
        return run(plan, listener, cancel, PauseControl.none());
    }

    public RunReport run(RunPlan plan, RunListener listener, CancellationToken cancel, PauseControl pause) {
        RunListener serial = new SerialListener(listener);
        var settings = plan.campaign().settings();
        boolean parallel = settings.parallelGroups() && groupWorkers.isPresent();
        List<List<PlannedRun>> lanes = parallel ? HostGroups.lanes(plan.campaign(), plan.runs())
                : List.of(plan.runs());
        ProgressTracker tracker = new ProgressTracker(lanes,
                Durations.read(rawFolders(plan.campaignDir())),
                Duration.ofSeconds(settings.pauseSeconds()));
        Journal journal = new Journal(plan.campaignDir());
        OneRun oneRun = new OneRun(catalog, journal, clock, Duration.ofSeconds(settings.commandTimeoutSeconds()));
        RunScope scope = new RunScope(plan, shells, journal, oneRun, serial, cancel, pause, tracker);
        serial.runStarted(plan);
        if (settings.parallelGroups() && groupWorkers.isEmpty()) {
            serial.message(Message.of("run.groupsTakeTurns",
                    "Host groups take turns: this run was given no workers to run them in parallel."));
        }
        serial.progress(tracker.snapshot());
        List<Lane.Result> results = lanes.size() > 1 ? inParallel(scope, lanes)
                : lanes.stream().filter(l -> !l.isEmpty()).map(l -> new Lane(scope, l).call()).toList();
        RunReport report = merge(plan, results, cancel.isCancelled());
        serial.runFinished(report);
        return report;
    }

    private List<Lane.Result> inParallel(RunScope scope, List<List<PlannedRun>> lanes) {
        scope.listener().message(Message.of("run.groupsInParallel", "Running {0} host groups in parallel.",
                Integer.toString(lanes.size())));
        ExecutorService workers = groupWorkers.orElseThrow();
        List<Future<Lane.Result>> futures = lanes.stream().map(l -> workers.submit(new Lane(scope, l))).toList();
        List<Lane.Result> results = new ArrayList<>();
        boolean interrupted = false;
        for (Future<Lane.Result> future : futures) {
            while (true) {
                try {
                    results.add(future.get());
                    break;
                } catch (InterruptedException e) {
                    // the caller wants out: stop the lanes, but wait for them, since they still write to the folder
                    interrupted = true;
                    scope.cancel().cancel();
                } catch (ExecutionException e) {
                    results.add(new Lane.Result(0, List.of(), List.of(), false, Optional.of(Message.of(
                            "run.groupCrashed", "A host group stopped on an internal error: {0}",
                            String.valueOf(e.getCause())))));
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return results;
    }

    private static RunReport merge(RunPlan plan, List<Lane.Result> results, boolean cancelled) {
        List<RunReport.Failure> failures = new ArrayList<>();
        List<RunReport.Failure> warmups = new ArrayList<>();
        int completed = 0;
        boolean stopped = cancelled;
        for (Lane.Result r : results) {
            completed += r.completed();
            failures.addAll(r.failures());
            warmups.addAll(r.warmupFailures());
            r.fatal().ifPresent(reason -> failures.add(new RunReport.Failure("", "", reason)));
            stopped |= r.cancelled();
        }
        return new RunReport(plan.repetitions(), completed, failures, stopped, warmups);
    }
}
