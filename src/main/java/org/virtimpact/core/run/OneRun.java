package org.virtimpact.core.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellQuote;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.text.Message;

/** One attempt at one run: build what it needs, run its command, keep the raw output, record its samples. */
final class OneRun {

    private final BenchmarkCatalog catalog;
    private final Journal journal;
    private final Clock clock;
    private final Duration timeout;

    OneRun(BenchmarkCatalog catalog, Journal journal, Clock clock, Duration timeout) {
        this.catalog = catalog;
        this.journal = journal;
        this.clock = clock;
        this.timeout = timeout;
    }

    /**
     * @return the samples, already in results.csv (synced) with their raw output in raw/
     * @throws ResultsException when the campaign folder can't be written: the whole run must stop
     */
    List<Sample> attempt(PlannedRun run, Session session, PeerManager peers, CancellationToken cancel)
            throws RunFailure, ResultsException {
        Environment env = run.environment();
        Benchmark benchmark = catalog.get(run.testCase().benchmark());
        String token = run.runId();
        RunContext context = new RunContext(env.scratchDir(), token, session.agents(benchmark, run.testCase(), cancel),
                peers.peerHost(env, benchmark, run.testCase(), cancel));
        String command = benchmark.command(run.testCase(), context);
        String marked = session.marked(command, token);
        CommandResult result;
        try {
            CommandResult out = session.shell().exec(marked, timeout, cancel);
            // raw/ keeps the benchmark's own command, not the bookkeeping in front of it
            result = new CommandResult(command, out.exitCode(), out.stdout(), out.stderr(), out.elapsed());
        } catch (ShellException e) {
            Message reason = unmarked(e.explanation(), marked, command);
            session.failed(e.reason(), reason);
            session.cleanup(benchmark.cleanupCommand(run.testCase(), context), token);
            throw new RunFailure(reason, e.reason() == ShellException.Reason.CANCELLED);
        }
        journal.saveRaw(token, result);
        // before the rows: a crash between the two must not leave a recorded repetition marked failed
        journal.clearFailure(token);
        List<Measurement> measurements;
        try {
            measurements = benchmark.parse(result, run.testCase());
        } catch (OutputParseException e) {
            session.cleanup(benchmark.cleanupCommand(run.testCase(), context), token);
            // the tool ran and said what is wrong (no room, no server, no such option): the same attempt
            // would hear the same, so only a lost connection or a timeout is worth another
            throw RunFailure.permanent(Message.of("run.outputRefused", "{0} on {1}: {2}", benchmark.id(), env.name(),
                    Message.verbatim(e.getMessage())));
        }
        Instant now = clock.instant();
        List<Sample> samples = measurements.stream().map(m -> new Sample(token, now, env.name(),
                benchmark.device().title(), benchmark.id(), m.metric(), m.value(), m.unit(), run.repetition(),
                run.status(), run.testCase().params())).toList();
        journal.record(samples);
        return samples;
    }

    /** A shell's message quotes the command it ran; the person should read the benchmark's, not the bookkeeping. */
    private static Message unmarked(Message message, String marked, String command) {
        if (message.isVerbatim()) {
            return Message.verbatim(unmarked(message.template(), marked, command));
        }
        return new Message(message.key(), message.template(), message.args().stream().map(a -> a instanceof Message m
                ? unmarked(m, marked, command) : a instanceof String s ? unmarked(s, marked, command) : a).toList());
    }

    private static String unmarked(String message, String marked, String command) {
        return message.replace(marked, command).replace(ShellQuote.brief(marked), ShellQuote.brief(command));
    }
}
