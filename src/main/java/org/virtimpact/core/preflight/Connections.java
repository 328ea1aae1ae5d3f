package org.virtimpact.core.preflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.run.ShellFactory;

/**
 * The shells one preflight opens, at most one per environment, so that an environment that is also
 * another's managed peer is connected to once. Turns how opening ended into the first rows of its
 * table: reachable, host key, authenticated. Closes them all at the end.
 */
final class Connections implements AutoCloseable {

    static final Message REACHABLE = CheckNames.REACHABLE;
    static final Message HOST_KEY = CheckNames.HOST_KEY;
    static final Message AUTHENTICATED = CheckNames.AUTHENTICATED;
    private static final Message KNOWN = Message.of("check.hostKey.known", "known in known_hosts");

    /** @param shell empty when the environment could not be opened; {@code rows} then say why */
    record Opened(Optional<Shell> shell, List<CheckRow> rows, Message failure) {
    }

    private final ShellFactory shells;
    private final Optional<HostKeyTrust> hostKeys;
    private final Map<String, Opened> opened = new LinkedHashMap<>();

    Connections(ShellFactory shells, Optional<HostKeyTrust> hostKeys) {
        this.shells = shells;
        this.hostKeys = hostKeys;
    }

    Opened open(Environment env) {
        return opened.computeIfAbsent(env.name(), n -> connect(env));
    }

    private Opened connect(Environment env) {
        Target target = env.target();
        boolean local = target.kind() == Target.Kind.LOCAL;
        try {
            Shell shell = shells.open(env);
            List<CheckRow> rows = local
                    ? List.of(CheckRow.ok(REACHABLE, true, Message.of("check.reachable.local", "this machine, no SSH")),
                    CheckRow.skipped(HOST_KEY, true, Message.of("check.notNeededLocally", "not needed on this machine")),
                    CheckRow.skipped(AUTHENTICATED, true, Message.of("check.notNeededLocally",
                            "not needed on this machine")))
                    : List.of(reached(env), CheckRow.ok(HOST_KEY, true, KNOWN),
                    CheckRow.ok(AUTHENTICATED, true, Message.of("check.authenticated.ok", "logged in as {0}",
                            target.describe())));
            return new Opened(Optional.of(shell), rows, Message.verbatim(""));
        } catch (ShellException e) {
            return new Opened(Optional.empty(), failureRows(env, e), e.explanation());
        }
    }

    private List<CheckRow> failureRows(Environment env, ShellException e) {
        Message skipped = Message.of("check.notTried.unreachable", "not tried: {0} could not be reached",
                env.target().describe());
        Message cancelled = Message.of("check.cancelled", "cancelled");
        return switch (e.reason()) {
            case HOST_KEY_UNKNOWN -> List.of(reached(env), unknownHostKey(env, e),
                    CheckRow.skipped(AUTHENTICATED, true, Message.of("check.notTried.untrusted",
                            "not tried: the host key is not trusted")));
            case HOST_KEY_CHANGED -> List.of(reached(env), CheckRow.failed(HOST_KEY, e.explanation(),
                    Message.of("check.hostKey.changed.fix",
                            "Find out why the key changed before anything else; see the message.")),
                    CheckRow.skipped(AUTHENTICATED, true, Message.of("check.notTried.changed",
                            "not tried: the host key changed")));
            case AUTHENTICATION -> List.of(reached(env), CheckRow.ok(HOST_KEY, true, KNOWN),
                    CheckRow.failed(AUTHENTICATED, e.explanation(), Message.of("check.authenticated.fix",
                            "Authorize the key on the host, or choose the identity file the host knows.")));
            case CANCELLED -> List.of(CheckRow.skipped(REACHABLE, true, cancelled),
                    CheckRow.skipped(HOST_KEY, true, cancelled), CheckRow.skipped(AUTHENTICATED, true, cancelled));
            default -> List.of(CheckRow.failed(REACHABLE, e.explanation(), Message.of("check.reachable.fix",
                    "Check that the host is up and that its SSH address in the environment is right.")),
                    CheckRow.skipped(HOST_KEY, true, skipped), CheckRow.skipped(AUTHENTICATED, true, skipped));
        };
    }

    private static CheckRow reached(Environment env) {
        return CheckRow.ok(REACHABLE, true, Message.of("check.reachable.ok", "SSH server answered at {0}",
                env.target().describe()));
    }

    /** The key as a person must check it: from a scan when a trust port is wired, else from the refusal. */
    private CheckRow unknownHostKey(Environment env, ShellException e) {
        Message fix = Message.of("check.hostKey.unknown.fix", "Check that fingerprint on the host itself"
                + " (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), then accept it: ''virtimpact check DIR"
                + " --accept-new-host-key'', or Accept in the workbench.");
        if (hostKeys.isPresent()) {
            try {
                ScannedHostKey key = hostKeys.get().scan(env.target());
                if (key.state() == ScannedHostKey.State.UNKNOWN) {
                    return CheckRow.failed(HOST_KEY, Message.of("check.hostKey.unknown", "unknown: {0} is not in {1}",
                            key.describe(), String.valueOf(key.knownHosts())), fix);
                }
            } catch (ShellException scanFailed) {
                // the refusal's own message still names the fingerprint
                return CheckRow.failed(HOST_KEY, Message.of("check.hostKey.rescanFailed",
                        "{0} (scanning it again failed: {1})", e.explanation(), scanFailed.explanation()), fix);
            }
        }
        return CheckRow.failed(HOST_KEY, e.explanation(), fix);
    }

    @Override
    public void close() {
        List<Opened> all = new ArrayList<>(opened.values());
        opened.clear();
        all.forEach(o -> o.shell().ifPresent(Shell::close));
    }
}
