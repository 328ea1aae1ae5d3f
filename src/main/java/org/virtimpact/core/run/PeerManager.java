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
    private final Map<String, String> failed = new HashMap<>();

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
            throw RunFailure.permanent("Environment '" + env.name() + "': " + e.getMessage());
        }
        if (service.isPresent() && ref.kind() == PeerRef.Kind.NONE) {
            throw RunFailure.permanent("environment " + env.name() + " has no network peer, which " + benchmark.id()
                    + " needs; set one (a host where " + service.get().name() + " runs, or @ENV to have VirtImpact"
                    + " start it on another environment of this campaign)");
        }
        if (!ref.managed()) {
            return ref.host();
        }
        Optional<Environment> host = campaign.environment(ref.environment());
        if (host.isEmpty()) {
            throw RunFailure.permanent("environment " + env.name() + " names @" + ref.environment() + " as its peer,"
                    + " but the campaign has no environment of that name");
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
        String what = service.name() + " (port " + service.port() + ") on peer " + host.name();
        listener.message("Starting " + what);
        CommandResult result;
        try {
            result = sessions.apply(host).shell().exec(service.start(), START_TIMEOUT, cancel);
        } catch (RunFailure e) {
            throw remember(key, "could not start " + what + ": " + e.getMessage());
        } catch (ShellException e) {
            // stopped half-way, the start command may have left the server behind: stop it with the rest
            running.put(key, new Running(host, service));
            if (e.reason() == ShellException.Reason.CANCELLED) {
                throw new RunFailure(e.getMessage(), true);
            }
            throw remember(key, "could not start " + what + ": " + e.getMessage());
        }
        if (!result.succeeded()) {
            throw remember(key, "could not start " + what + ": " + lastLine(result));
        }
        running.put(key, new Running(host, service));
        String said = result.stdout().strip();
        if (!said.isEmpty()) {
            listener.message(host.name() + ": " + said.lines().reduce((a, b) -> b).orElse(said));
        }
    }

    private RunFailure remember(String key, String reason) {
        failed.put(key, reason);
        return RunFailure.permanent(reason);
    }

    /** Stops every server this run started, last started first, even after a cancel. */
    void stopAll() {
        List<Running> started = new ArrayList<>(running.values());
        running.clear();
        for (int i = started.size() - 1; i >= 0; i--) {
            Running r = started.get(i);
            String what = r.service().name() + " (port " + r.service().port() + ") on peer " + r.host().name();
            listener.message("Stopping " + what);
            try {
                CommandResult result = sessions.apply(r.host()).shell().exec(r.service().stop(), STOP_TIMEOUT,
                        CancellationToken.none());
                if (!result.succeeded()) {
                    listener.message("Could not stop " + what + ": " + lastLine(result));
                }
            } catch (RunFailure | ShellException e) {
                listener.message("Could not stop " + what + ": " + e.getMessage());
            }
        }
    }

    private static String lastLine(CommandResult result) {
        String text = result.stderr().isBlank() ? result.stdout() : result.stderr();
        return text.strip().lines().reduce((a, b) -> b).orElse("exit status " + result.exitCode());
    }
}
