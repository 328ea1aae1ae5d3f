package org.virtimpact.core.preflight;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.run.PeerRef;

/**
 * Whether each server the network cells talk to can be reached from the environment. A peer
 * written {@code @ENV} (or {@code @ENV=ADDRESS}, as {@link PeerRef} reads it) is another environment
 * of the campaign, where the runner starts the server itself at run time: that environment must be reachable and have the program. Any other peer is
 * a host whose server must already listen: the guest itself opens a TCP connection to it. An
 * environment without a peer that is another's {@code @ENV} only hosts servers; the planner leaves its
 * network cells out ({@code PeerPlanning}), so it is not asked for a peer of its own.
 */
final class PeerChecks {

    private static final int NO_CONNECT_TOOL = 99;
    private static final int TIMED_OUT = 124;

    private final Campaign campaign;
    private final Connections connections;
    private final PreflightLimits limits;
    private final CancellationToken cancel;

    PeerChecks(Campaign campaign, Connections connections, PreflightLimits limits, CancellationToken cancel) {
        this.campaign = campaign;
        this.connections = connections;
        this.limits = limits;
        this.cancel = cancel;
    }

    List<CheckRow> rows(Environment env, TargetChecks target, MatrixNeeds needs) throws ShellException {
        List<CheckRow> rows = new ArrayList<>();
        for (MatrixNeeds.PeerNeed need : needs.served()) {
            rows.add(CheckRow.skipped(rowName(need), true, env.name() + " is the managed peer of "
                    + String.join(", ", clientsOf(env)) + ": VirtImpact starts " + need.service().name() + " here at"
                    + " run time, and its own " + String.join(", ", need.benchmarks()) + " cells are left out of the"
                    + " plan"));
        }
        for (MatrixNeeds.PeerNeed need : needs.peers()) {
            String name = rowName(need);
            PeerRef peer;
            try {
                peer = PeerRef.parse(env.peer());
            } catch (IllegalArgumentException e) {
                rows.add(CheckRow.failed(name, e.getMessage(), "Set the environment's peer to a host name, an IP"
                        + " address, @ENV or @ENV=ADDRESS."));
                continue;
            }
            if (peer.kind() == PeerRef.Kind.NONE) {
                rows.add(CheckRow.failed(name, String.join(", ", need.benchmarks()) + " cells need a peer running "
                        + need.service().name() + ", and " + env.name() + " has none", "Set the environment's peer:"
                        + " a host where " + need.service().name() + " listens, or @ENV to have VirtImpact start it on"
                        + " environment ENV of this campaign."));
            } else if (peer.managed()) {
                rows.add(managed(name, peer, need));
            } else {
                rows.add(listening(name, peer.host(), need, target));
            }
        }
        return rows;
    }

    private static String rowName(MatrixNeeds.PeerNeed need) {
        return "peer " + need.service().name() + " :" + need.service().port();
    }

    /** The environments whose peer is {@code @ENV} for this one, as the planner reads them. */
    private List<String> clientsOf(Environment env) {
        List<String> clients = new ArrayList<>();
        for (Environment other : campaign.environments()) {
            try {
                PeerRef ref = PeerRef.parse(other.peer());
                if (other != env && ref.managed() && ref.environment().equals(env.name())) {
                    clients.add(other.name());
                }
            } catch (IllegalArgumentException e) {
                // that environment's own table reports its peer as written wrongly
            }
        }
        return clients;
    }

    private CheckRow managed(String name, PeerRef peer, MatrixNeeds.PeerNeed need) throws ShellException {
        String peerEnv = peer.environment();
        Optional<Environment> other = campaign.environment(peerEnv);
        if (other.isEmpty()) {
            return CheckRow.failed(name, "the peer @" + peerEnv + " names no environment of this campaign",
                    "Use the name of one of its environments after '@', or a host name.");
        }
        Connections.Opened opened = connections.open(other.get());
        if (opened.shell().isEmpty()) {
            return CheckRow.failed(name, "VirtImpact starts " + need.service().name() + " on " + peerEnv
                    + " at run time, but " + peerEnv + " can't be reached: " + opened.failure(),
                    "Fix the connection to " + peerEnv + " first.");
        }
        Shell shell = opened.shell().get();
        cancel.throwIfCancelled();
        String path = shell.exec("command -v " + quote(need.tool()) + " 2>/dev/null", limits.commandTimeout(), cancel)
                .stdout().strip();
        if (path.isEmpty()) {
            return CheckRow.failed(name, "VirtImpact starts " + need.service().name() + " on " + peerEnv + " at run"
                    + " time, but " + need.tool() + " is not on its PATH",
                    ToolHints.install(need.tool(), need.benchmarks()));
        }
        return CheckRow.ok(name, true, "started by VirtImpact at run time on " + peerEnv + " (" + path + ")"
                + peer.address(other).map(a -> ", reached at " + a).orElse(""));
    }

    private CheckRow listening(String name, String host, MatrixNeeds.PeerNeed need, TargetChecks target)
            throws ShellException {
        int port = need.service().port();
        int wait = limits.peerConnectSeconds();
        // bash's /dev/tcp needs no extra package; nc is the fallback for guests without bash
        String connect = "bash -c 'exec 3<>\"/dev/tcp/$0/$1\"' \"$h\" \"$p\"";
        String sh = "h=" + quote(host) + "; p=" + port + "; if command -v bash >/dev/null 2>&1; then"
                + " if command -v timeout >/dev/null 2>&1; then timeout " + wait + " " + connect + "; else " + connect
                + "; fi;"
                + " elif command -v nc >/dev/null 2>&1; then nc -z -w " + wait + " \"$h\" \"$p\";"
                + " else exit " + NO_CONNECT_TOOL + "; fi";
        CommandResult result = target.exec(sh, limits.commandTimeout().plus(Duration.ofSeconds(wait)));
        String where = host + ":" + port;
        String start = "Start " + need.service().name() + " on " + host + " (port " + port + ") and check that no"
                + " firewall drops the connection, or name an environment of the campaign as the peer (@ENV) to"
                + " have VirtImpact start it.";
        return switch (result.exitCode()) {
            case 0 -> CheckRow.ok(name, true, need.service().name() + " accepts TCP connections from the guest at "
                    + where);
            case NO_CONNECT_TOOL -> CheckRow.warning(name, "could not test " + where + ": the guest has neither bash"
                    + " nor nc", "Install bash or a netcat on the guest to have this checked.");
            case TIMED_OUT -> CheckRow.failed(name, "no answer from " + where + " within " + wait + " s", start);
            default -> CheckRow.failed(name, "the guest could not connect to " + where + lastLine(result.stderr()),
                    start);
        };
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : " (" + lines.get(lines.size() - 1).strip() + ")";
    }
}
