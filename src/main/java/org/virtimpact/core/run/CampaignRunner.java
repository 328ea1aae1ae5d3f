package org.virtimpact.core.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.Sample;

/**
 * Runs a plan's repetitions one after another, synchronously, on the caller's thread. A failed
 * repetition is recorded with its reason and the run goes on; only a campaign folder that can't
 * be written, or a cancel, stops it early.
 */
public final class CampaignRunner {

    private final ShellFactory shells;
    private final BenchmarkCatalog catalog;
    private final Clock clock;

    public CampaignRunner(ShellFactory shells, BenchmarkCatalog catalog, Clock clock) {
        this.shells = shells;
        this.catalog = catalog;
        this.clock = clock;
    }

    public RunReport run(RunPlan plan, RunListener listener, CancellationToken cancel) {
        Journal journal = new Journal(plan.campaignDir());
        Duration timeout = Duration.ofSeconds(plan.campaign().settings().commandTimeoutSeconds());
        Map<String, Session> sessions = new LinkedHashMap<>();
        PeerManager peers = new PeerManager(plan.campaign(), env -> sessions.computeIfAbsent(env.name(),
                n -> Session.open(env, shells, journal, listener, cancel)), listener);
        List<RunReport.Failure> failures = new ArrayList<>();
        int completed = 0;
        boolean cancelled = false;
        listener.runStarted(plan);
        try {
            int total = plan.runs().size();
            for (int i = 0; i < total; i++) {
                if (cancel.isCancelled()) {
                    cancelled = true;
                    break;
                }
                PlannedRun run = plan.runs().get(i);
                listener.caseStarted(i, total, run);
                Session session = sessions.computeIfAbsent(run.environment().name(),
                        n -> Session.open(run.environment(), shells, journal, listener, cancel));
                try {
                    for (Sample s : runOne(run, session, peers, journal, timeout, cancel)) {
                        listener.sampleRecorded(s);
                    }
                    completed++;
                } catch (RunFailure f) {
                    if (f.cancelled()) {
                        cancelled = true;
                        break;
                    }
                    failures.add(new RunReport.Failure(run.runId(), run.environment().name(), f.getMessage()));
                    journal.saveFailure(run.runId(), f.getMessage());
                    listener.caseFailed(run, f.getMessage());
                }
            }
        } catch (ResultsException e) {
            failures.add(new RunReport.Failure("", "", e.getMessage()));
            listener.message(e.getMessage());
        } finally {
            peers.stopAll();
            sessions.values().forEach(Session::close);
        }
        RunReport report = new RunReport(plan.runs().size(), completed, failures, cancelled);
        listener.runFinished(report);
        return report;
    }

    private List<Sample> runOne(PlannedRun run, Session session, PeerManager peers, Journal journal, Duration timeout,
                                CancellationToken cancel) throws RunFailure, ResultsException {
        Environment env = run.environment();
        Benchmark benchmark = catalog.get(run.testCase().benchmark());
        RunContext context = new RunContext(env.scratchDir(), run.runId(), session.agents(benchmark, cancel),
                peers.peerHost(env, benchmark, run.testCase(), cancel));
        CommandResult result;
        try {
            result = session.shell().exec(benchmark.command(run.testCase(), context), timeout, cancel);
        } catch (ShellException e) {
            session.cleanup(benchmark, run.testCase(), context);
            if (e.reason() != ShellException.Reason.TIMEOUT && e.reason() != ShellException.Reason.CANCELLED) {
                session.markBroken(e.getMessage());
            }
            throw new RunFailure(e.getMessage(), e.reason() == ShellException.Reason.CANCELLED);
        }
        journal.saveRaw(run.runId(), result);
        List<Measurement> measurements;
        try {
            measurements = benchmark.parse(result, run.testCase());
        } catch (OutputParseException e) {
            session.cleanup(benchmark, run.testCase(), context);
            throw new RunFailure(benchmark.id() + " on " + env.name() + ": " + e.getMessage(), false);
        }
        Instant now = clock.instant();
        List<Sample> samples = measurements.stream().map(m -> new Sample(run.runId(), now, env.name(),
                benchmark.device().title(), benchmark.id(), m.metric(), m.value(), m.unit(), run.repetition(),
                Sample.OK, run.testCase().params())).toList();
        journal.record(samples);
        return samples;
    }
}
