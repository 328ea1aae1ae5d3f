package org.virtimpact.core.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.PeerService;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/**
 * The servers of managed peers during one run. A server is started through its environment's
 * own shell before the first repetition that needs it, once per environment, server and port,
 * and stopped when the run ends, however it ends. A server that could not be started is not
 * tried again in the same run: every repetition that needs it fails at once with the same reason.
 */
final class PeerManager {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private record Running(Environment host, PeerService service) {
    }

    private final Campaign campaign;
    private final Function<Environment, Session> sessions;
    private final RunListener listener;
    private final Map<String, Running> running = new LinkedHashMap<>();
    private final Map<String, Message> failed = new HashMap<>();

    /** @param sessions the run's session of an environment, opened on first use */
    PeerManager(Campaign campaign, Function<Environment, Session> sessions, RunListener listener) {
        this.campaign = campaign;
        this.sessions = sessions;
        this.listener = listener;
    }

    /**
     * The address the cell's client reaches its peer at, once the peer's server runs. Empty for a
     * cell that needs no peer on an environment that has none.
     */
    String peerHost(Environment env, Benchmark benchmark, TestCase testCase, CancellationToken cancel)
            throws RunFailure {
        Optional<PeerService> service = benchmark.peerService(testCase);
        PeerRef ref;
        try {
            ref = PeerRef.parse(env.peer());
        } catch (IllegalArgumentException e) {
            if (service.isEmpty()) {
                return "";
            }
            throw RunFailure.permanent(Message.of("peer.environmentProblem", "Environment ''{0}'': {1}", env.name(),
                    Explained.messageOf(e)));
        }
        if (service.isPresent() && ref.kind() == PeerRef.Kind.NONE) {
            throw RunFailure.permanent(Message.of("peer.missing", "environment {0} has no network peer, which {1}"
                    + " needs; set one (a host where {2} runs, or @ENV to have VirtImpact start it on another"
                    + " environment of this campaign)", env.name(), benchmark.id(), service.get().name()));
        }
        if (!ref.managed()) {
            return ref.host();
        }
        Optional<Environment> host = campaign.environment(ref.environment());
        if (host.isEmpty()) {
            throw RunFailure.permanent(Message.of("peer.noSuchEnvironment", "environment {0} names @{1} as its peer,"
                    + " but the campaign has no environment of that name", env.name(), ref.environment()));
        }
        if (service.isPresent()) {
            ensureRunning(host.get(), service.get(), cancel);
        }
        return ref.address(host).orElse("");
    }

    private void ensureRunning(Environment host, PeerService service, CancellationToken cancel) throws RunFailure {
        String key = host.name() + '\u0000' + service.name() + '\u0000' + service.port();
        if (failed.containsKey(key)) {
            throw RunFailure.permanent(failed.get(key));
        }
        if (running.containsKey(key)) {
            return;
        }
        Message what = described(service, host);
        listener.message(Message.of("peer.starting", "Starting {0}", what));
        CommandResult result;
        try {
            result = sessions.apply(host).shell().exec(service.start(), START_TIMEOUT, cancel);
        } catch (RunFailure e) {
            throw remember(key, Message.of("peer.startFailed", "could not start {0}: {1}", what, e.explanation()));
        } catch (ShellException e) {
            // stopped half-way, the start command may have left the server behind: stop it with the rest
            running.put(key, new Running(host, service));
            if (e.reason() == ShellException.Reason.CANCELLED) {
                throw new RunFailure(e.explanation(), true);
            }
            throw remember(key, Message.of("peer.startFailed", "could not start {0}: {1}", what, e.explanation()));
        }
        if (!result.succeeded()) {
            throw remember(key, Message.of("peer.startFailed", "could not start {0}: {1}", what, lastLine(result)));
        }
        running.put(key, new Running(host, service));
        String said = result.stdout().strip();
        if (!said.isEmpty()) {
            listener.message(Message.verbatim(host.name() + ": " + said.lines().reduce((a, b) -> b).orElse(said)));
        }
    }

    private static Message described(PeerService service, Environment host) {
        return Message.of("peer.service", "{0} (port {1}) on peer {2}", service.name(),
                Integer.toString(service.port()), host.name());
    }

    private RunFailure remember(String key, Message reason) {
        failed.put(key, reason);
        return RunFailure.permanent(reason);
    }

    /** Stops every server this run started, last started first, even after a cancel. */
    void stopAll() {
        List<Running> started = new ArrayList<>(running.values());
        running.clear();
        for (int i = started.size() - 1; i >= 0; i--) {
            Running r = started.get(i);
            Message what = described(r.service(), r.host());
            listener.message(Message.of("peer.stopping", "Stopping {0}", what));
            try {
                CommandResult result = sessions.apply(r.host()).shell().exec(r.service().stop(), STOP_TIMEOUT,
                        CancellationToken.none());
                if (!result.succeeded()) {
                    listener.message(Message.of("peer.stopFailed", "Could not stop {0}: {1}", what, lastLine(result)));
                }
            } catch (RunFailure | ShellException e) {
                listener.message(Message.of("peer.stopFailed", "Could not stop {0}: {1}", what,
                        Explained.messageOf(e)));
            }
        }
    }

    private static Message lastLine(CommandResult result) {
        String text = result.stderr().isBlank() ? result.stdout() : result.stderr();
        return text.strip().lines().reduce((a, b) -> b).map(Message::verbatim).orElse(Message.of("peer.exitStatus",
                "exit status {0}", Integer.toString(result.exitCode())));
    }
}
