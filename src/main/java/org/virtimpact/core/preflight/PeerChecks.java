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
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

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
            rows.add(CheckRow.skipped(rowName(need), true, Message.of("peer.served", "{0} is the managed peer of {1}:"
                    + " VirtImpact starts {2} here at run time, and its own {3} cells are left out of the plan",
                    env.name(), String.join(", ", clientsOf(env)), need.service().name(),
                    String.join(", ", need.benchmarks()))));
        }
        for (MatrixNeeds.PeerNeed need : needs.peers()) {
            Message name = rowName(need);
            PeerRef peer;
            try {
                peer = PeerRef.parse(env.peer());
            } catch (IllegalArgumentException e) {
                rows.add(CheckRow.failed(name, Explained.messageOf(e), Message.of("peer.malformed.fix",
                        "Set the environment''s peer to a host name, an IP address, @ENV or @ENV=ADDRESS.")));
                continue;
            }
            if (peer.kind() == PeerRef.Kind.NONE) {
                rows.add(CheckRow.failed(name, Message.of("peer.none", "{0} cells need a peer running {1}, and {2} has"
                        + " none", String.join(", ", need.benchmarks()), need.service().name(), env.name()),
                        Message.of("peer.none.fix", "Set the environment''s peer: a host where {0} listens, or @ENV to"
                        + " have VirtImpact start it on environment ENV of this campaign.", need.service().name())));
            } else if (peer.managed()) {
                rows.add(managed(name, peer, need));
            } else {
                rows.add(listening(name, peer.host(), need, target));
            }
        }
        return rows;
    }

    private static Message rowName(MatrixNeeds.PeerNeed need) {
        return CheckNames.peer(need.service().name(), need.service().port());
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

    private CheckRow managed(Message name, PeerRef peer, MatrixNeeds.PeerNeed need) throws ShellException {
        String peerEnv = peer.environment();
        Optional<Environment> other = campaign.environment(peerEnv);
        if (other.isEmpty()) {
            return CheckRow.failed(name, Message.of("peer.unknownEnvironment",
                    "the peer @{0} names no environment of this campaign", peerEnv), Message.of(
                    "peer.unknownEnvironment.fix", "Use the name of one of its environments after ''@'', or a host name."));
        }
        Connections.Opened opened = connections.open(other.get());
        if (opened.shell().isEmpty()) {
            return CheckRow.failed(name, Message.of("peer.unreachable", "VirtImpact starts {0} on {1} at run time,"
                    + " but {1} can''t be reached: {2}", need.service().name(), peerEnv, opened.failure()),
                    Message.of("peer.unreachable.fix", "Fix the connection to {0} first.", peerEnv));
        }
        Shell shell = opened.shell().get();
        cancel.throwIfCancelled();
        String path = shell.exec("command -v " + quote(need.tool()) + " 2>/dev/null", limits.commandTimeout(), cancel)
                .stdout().strip();
        if (path.isEmpty()) {
            return CheckRow.failed(name, Message.of("peer.noTool", "VirtImpact starts {0} on {1} at run time, but {2}"
                    + " is not on its PATH", need.service().name(), peerEnv, need.tool()),
                    ToolHints.install(need.tool(), need.benchmarks()));
        }
        return CheckRow.ok(name, true, peer.address(other).map(a -> Message.of("peer.managed.okAt",
                "started by VirtImpact at run time on {0} ({1}), reached at {2}", peerEnv, path, a))
                .orElseGet(() -> Message.of("peer.managed.ok", "started by VirtImpact at run time on {0} ({1})", peerEnv,
                        path)));
    }

    private CheckRow listening(Message name, String host, MatrixNeeds.PeerNeed need, TargetChecks target)
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
        Message start = Message.of("peer.listening.fix", "Start {0} on {1} (port {2}) and check that no firewall"
                + " drops the connection, or name an environment of the campaign as the peer (@ENV) to have VirtImpact"
                + " start it.", need.service().name(), host, Integer.toString(port));
        return switch (result.exitCode()) {
            case 0 -> CheckRow.ok(name, true, Message.of("peer.listening.ok",
                    "{0} accepts TCP connections from the guest at {1}", need.service().name(), where));
            case NO_CONNECT_TOOL -> CheckRow.warning(name, Message.of("peer.listening.noTool",
                    "could not test {0}: the guest has neither bash nor nc", where), Message.of(
                    "peer.listening.noTool.fix", "Install bash or a netcat on the guest to have this checked."));
            case TIMED_OUT -> CheckRow.failed(name, Message.of("peer.listening.timeout", "no answer from {0} within {1} s",
                    where, Integer.toString(wait)), start);
            default -> CheckRow.failed(name, Message.of("peer.listening.refused",
                    "the guest could not connect to {0}{1}", where, lastLine(result.stderr())), start);
        };
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : " (" + lines.get(lines.size() - 1).strip() + ")";
    }
}
