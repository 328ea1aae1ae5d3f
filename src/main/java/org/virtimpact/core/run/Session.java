package org.virtimpact.core.run;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.bench.Agent;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.HostFingerprint;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.results.ResultsException;

/**
 * One environment during a run: its shell, opened once and reused, and its compiled agents.
 * When the environment can't be reached, the session remembers why, so every later repetition
 * fails at once with that reason instead of waiting for another connect timeout.
 */
final class Session {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private final Environment env;
    private Shell shell;
    private String broken;
    private final Map<String, String> agents = new HashMap<>();
    private final Map<String, String> agentErrors = new HashMap<>();
    private final AgentInstaller installer = new AgentInstaller();
    private final RunListener listener;

    private Session(Environment env, Shell shell, String broken, RunListener listener) {
        this.env = env;
        this.shell = shell;
        this.broken = broken;
        this.listener = listener;
    }

    static Session open(Environment env, ShellFactory shells, Journal journal, RunListener listener,
                        CancellationToken cancel) {
        listener.message("Connecting to " + env.name() + " (" + env.target().describe() + ")");
        try {
            Shell shell = shells.open(env);
            CommandResult probe = shell.exec(HostFingerprint.COMMAND, PROBE_TIMEOUT, cancel);
            journal.saveHost(env.slug(), FingerprintJson.of(env, HostFingerprint.parse(probe.stdout())));
            return new Session(env, shell, null, listener);
        } catch (ShellException e) {
            return new Session(env, null, env.name() + " is unavailable: " + e.getMessage(), listener);
        } catch (ResultsException e) {
            return new Session(env, null, e.getMessage(), listener);
        }
    }

    Shell shell() throws RunFailure {
        if (broken != null) {
            throw new RunFailure(broken, false);
        }
        return shell;
    }

    Map<String, String> agents(Benchmark benchmark, CancellationToken cancel) throws RunFailure {
        for (Agent agent : benchmark.agents()) {
            if (agentErrors.containsKey(agent.name())) {
                throw new RunFailure(agentErrors.get(agent.name()), false);
            }
            if (!agents.containsKey(agent.name())) {
                listener.message("Building " + agent.name() + " on " + env.name());
                try {
                    agents.put(agent.name(), installer.install(shell(), env.scratchDir(), agent, cancel));
                } catch (AgentException e) {
                    agentErrors.put(agent.name(), e.getMessage());
                    throw new RunFailure(e.getMessage(), false);
                } catch (ShellException e) {
                    throw new RunFailure(e.getMessage(), e.reason() == ShellException.Reason.CANCELLED);
                }
            }
        }
        return Map.copyOf(agents);
    }

    void cleanup(Benchmark benchmark, TestCase testCase, RunContext context) {
        Optional<String> command = benchmark.cleanupCommand(testCase, context);
        if (command.isEmpty() || shell == null || broken != null) {
            return;
        }
        try {
            shell.exec(command.get(), PROBE_TIMEOUT, CancellationToken.none());
        } catch (ShellException e) {
            listener.message("Could not remove the temporary files of " + context.runToken() + " on "
                    + env.name() + ": " + e.getMessage());
        }
    }

    void markBroken(String reason) {
        broken = env.name() + " stopped answering: " + reason;
        close();
    }

    void close() {
        if (shell != null) {
            shell.close();
            shell = null;
        }
    }
}
