package org.virtimpact.core.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.bench.Agent;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.HostFingerprint;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.text.Message;

/**
 * One environment during a run: its shell, opened once and reused, and its compiled agents.
 * When the environment can't be reached, the session remembers why, so every later repetition
 * fails at once with that reason instead of waiting for another connect timeout; only a retry
 * {@linkplain #reconnect reconnects}, and that first stops what this campaign left running there.
 */
final class Session {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private final Environment env;
    private final ShellFactory shells;
    private final Journal journal;
    private final RunListener listener;
    private final Orphans orphans;
    private final AgentInstaller installer = new AgentInstaller();
    private final Map<String, String> agents = new HashMap<>();
    private final Map<String, Message> agentErrors = new HashMap<>();
    /** Removal commands of runs stopped half-way while the connection was gone, run once it is back. */
    private final List<String> pendingCleanups = new ArrayList<>();
    private Shell shell;
    private Message broken;
    private boolean cancelled;
    private boolean lasting;

    private Session(Environment env, ShellFactory shells, Journal journal, RunListener listener, Orphans orphans) {
        this.env = env;
        this.shells = shells;
        this.journal = journal;
        this.listener = listener;
        this.orphans = orphans;
    }

    static Session open(Environment env, ShellFactory shells, Journal journal, Orphans orphans, RunListener listener,
                        CancellationToken cancel) {
        Session session = new Session(env, shells, journal, listener, orphans);
        session.connect(cancel);
        return session;
    }

    private void connect(CancellationToken cancel) {
        listener.message(Message.of("run.connecting", "Connecting to {0} ({1})", env.name(), env.target().describe()));
        try {
            shell = shells.open(env);
            CommandResult probe = shell.exec(HostFingerprint.COMMAND, PROBE_TIMEOUT, cancel);
            journal.saveHost(env.slug(), FingerprintJson.of(env, HostFingerprint.parse(probe.stdout())));
            stopOrphans(cancel);
            broken = null;
            lasting = false;
            cancelled = false;
        } catch (ShellException e) {
            close();
            // a cancel while probing is the person stopping the run, not the environment failing
            cancelled = e.reason() == ShellException.Reason.CANCELLED;
            // a refused login or host key stays refused however often it is tried
            lasting = switch (e.reason()) {
                case AUTHENTICATION, HOST_KEY_UNKNOWN, HOST_KEY_CHANGED -> true;
                default -> false;
            };
            broken = Message.of("run.unavailable", "{0} is unavailable: {1}", env.name(), e.explanation());
        } catch (ResultsException e) {
            close();
            broken = e.explanation();
            lasting = true;
        }
    }

    /** Stops what an earlier, dropped connection (or a killed runner) of this campaign left running. */
    private void stopOrphans(CancellationToken cancel) throws ShellException {
        CommandResult killed = shell.exec(orphans.killCommand(), PROBE_TIMEOUT, cancel);
        killed.stdout().lines().filter(l -> !l.isBlank())
                .forEach(l -> listener.message(Message.of("run.orphanStopped", "{0}: {1}, left over from an"
                        + " interrupted run", env.name(), Message.verbatim(l))));
        List<String> cleanups = List.copyOf(pendingCleanups);
        pendingCleanups.clear();
        for (String cleanup : cleanups) {
            CommandResult removed = shell.exec(cleanup, PROBE_TIMEOUT, cancel);
            if (!removed.succeeded()) {
                listener.message(Message.of("run.orphanCleanupFailed",
                        "Could not remove the temporary files of an interrupted run on {0}", env.name()));
            }
        }
    }

    /** {@code command} as it must run here, so that {@link Orphans} can find it if the connection drops. */
    String marked(String command, String runToken) {
        return orphans.marked(command, runToken);
    }

    boolean broken() {
        return broken != null;
    }

    /** Opens a new connection in place of a broken one; throws when the environment is still unavailable. */
    void reconnect(CancellationToken cancel) throws RunFailure {
        close();
        agents.clear();
        listener.message(Message.of("run.reconnecting", "Reconnecting to {0} after: {1}", env.name(), broken));
        connect(cancel);
        shell();
    }

    Shell shell() throws RunFailure {
        if (broken != null) {
            throw lasting ? RunFailure.permanent(broken) : new RunFailure(broken, cancelled);
        }
        return shell;
    }

    /** The agents one cell needs, built once per connection; a failed build is not tried again. */
    Map<String, String> agents(Benchmark benchmark, TestCase testCase,
                               CancellationToken cancel) throws RunFailure {
        for (Agent agent : benchmark.agents(testCase)) {
            if (agentErrors.containsKey(agent.name())) {
                throw RunFailure.permanent(agentErrors.get(agent.name()));
            }
            if (!agents.containsKey(agent.name())) {
                listener.message(Message.of("run.building", "Building {0} on {1}", agent.name(), env.name()));
                try {
                    agents.put(agent.name(), installer.install(shell(), env.scratchDir(), agent, cancel));
                } catch (AgentException e) {
                    agentErrors.put(agent.name(), e.explanation());
                    throw RunFailure.permanent(e.explanation());
                } catch (ShellException e) {
                    throw buildFailed(e);
                }
            }
        }
        return Map.copyOf(agents);
    }

    /**
     * A lost connection breaks the session and is retried on a new one, a timeout is retried as it
     * is; anything else (a file that can't be written there) would fail again the same way.
     */
    private RunFailure buildFailed(ShellException e) {
        return switch (e.reason()) {
            case CANCELLED -> new RunFailure(e.explanation(), true);
            case UNREACHABLE -> {
                failed(e.reason(), e.explanation());
                yield new RunFailure(e.explanation(), false);
            }
            case TIMEOUT -> new RunFailure(e.explanation(), false);
            default -> RunFailure.permanent(e.explanation());
        };
    }

    /** Runs {@code cleanup} now, or after the next reconnect when the connection is gone. */
    void cleanup(Optional<String> cleanup, String runToken) {
        if (cleanup.isEmpty()) {
            return;
        }
        if (shell == null || broken != null) {
            pendingCleanups.add(cleanup.get());
            return;
        }
        try {
            shell.exec(cleanup.get(), PROBE_TIMEOUT, CancellationToken.none());
        } catch (ShellException e) {
            listener.message(Message.of("run.cleanupFailed", "Could not remove the temporary files of {0} on {1}:"
                    + " {2}", runToken, env.name(), e.explanation()));
        }
    }

    /** A command that ended without its output: the connection is gone unless it timed out or was cancelled. */
    void failed(ShellException.Reason reason, Message message) {
        if (reason != ShellException.Reason.TIMEOUT && reason != ShellException.Reason.CANCELLED) {
            broken = Message.of("run.stoppedAnswering", "{0} stopped answering: {1}", env.name(), message);
            lasting = false;
            close();
        }
    }

    /** The run is over for this environment: forgets its process-group note, then closes. */
    void end() {
        if (shell != null && broken == null) {
            try {
                shell.exec(orphans.forgetCommand(), PROBE_TIMEOUT, CancellationToken.none());
            } catch (ShellException e) {
                listener.message(Message.of("run.noteCleanupFailed", "Could not remove the run''s note in /tmp on {0}:"
                        + " {1}", env.name(), e.explanation()));
            }
        }
        close();
    }

    void close() {
        if (shell != null) {
            shell.close();
            shell = null;
        }
    }
}
