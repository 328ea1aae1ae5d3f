package org.virtimpact.core.bench.netperf;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * netperf's failures as one line a researcher can act on. netperf words them for its author
 * ("establish control: are you sure there is a netserver listening…") and spreads them over
 * stdout and stderr; each pattern below was seen in a real 2.4.4 or 2.7.0 run (see the golden
 * files' SOURCES.md). A failure line wins over any figures, since netperf stops at the first one.
 */
final class NetperfErrors {

    static final int MAX_UDP_MESSAGE = 65_507;

    private static final Pattern NOT_INSTALLED = Pattern.compile("netperf: (?:\\d+: )?(?:not found|command not found)"
            + "|netperf: No such file or directory");
    private static final Pattern TOO_LONG = Pattern.compile("Message too long");
    private static final Pattern UNRESOLVED = Pattern.compile("could not resolve (?:host |remote )?'?([^'\\s]+)'?");
    private static final Pattern REFUSED = Pattern.compile("(?i)connection refused");
    private static final Pattern NO_SERVER = Pattern.compile(
            "are you sure there is a netserver listening on (\\S+) at port (\\d+)");
    private static final Pattern BROKEN_CONTROL = Pattern.compile("recv_response: (.+)");
    private static final Pattern DATA_CONNECT = Pattern.compile("connect_data_socket failed: (.+)|data socket connect"
            + " failed(.*)");
    private static final Pattern CONNECT_ERRNO = Pattern.compile("connect failed, errno \\d+ (.+)");

    private NetperfErrors() {
    }

    static Optional<String> find(List<String> lines) {
        return first(lines, NOT_INSTALLED).map(l -> "netperf is not installed on the target (" + l.strip()
                        + "); install it there (Debian: package netperf, in the non-free component)")
                .or(() -> first(lines, TOO_LONG).map(l -> "netperf could not send a message that large over UDP: a"
                        + " datagram carries at most 65,507 bytes (netperf: '" + l.strip() + "')"))
                .or(() -> unresolved(lines))
                .or(() -> noServer(lines))
                .or(() -> first(lines, BROKEN_CONTROL).map(l -> "the control connection to the peer broke (netperf: '"
                        + l.strip() + "'): what listens on the peer's port is not a netserver, or it stopped"))
                .or(() -> first(lines, DATA_CONNECT).map(l -> "netperf reached netserver but its data connection"
                        + " failed (netperf: '" + l.strip() + "'); is a firewall between the target and the peer?"));
    }

    private static Optional<String> unresolved(List<String> lines) {
        return lines.stream().map(UNRESOLVED::matcher).filter(Matcher::find).findFirst()
                .map(m -> "the peer host '" + m.group(1) + "' can't be resolved on the target; set the environment's"
                        + " peer to a name the target resolves, or to an IP address");
    }

    private static Optional<String> noServer(List<String> lines) {
        Optional<Matcher> where = lines.stream().map(NO_SERVER::matcher).filter(Matcher::find).findFirst();
        if (where.isEmpty()) {
            return Optional.empty();
        }
        String host = where.get().group(1);
        String port = where.get().group(2);
        String cause = lines.stream().map(CONNECT_ERRNO::matcher).filter(Matcher::find).findFirst()
                .map(m -> m.group(1).strip()).orElse("");
        String what = REFUSED.matcher(cause).find()
                ? "the connection to " + host + " port " + port + " was refused: no netserver is listening there"
                : cause.isEmpty()
                ? "no netserver answered on " + host + " port " + port
                        + " (nothing listening, or the host is unreachable)"
                : "could not reach a netserver on " + host + " port " + port + " (" + cause + ")";
        return Optional.of(what + "; start one there (netserver -p " + port + "), check the port option, or make the"
                + " peer an environment of the campaign (@NAME) so VirtImpact starts it");
    }

    private static Optional<String> first(List<String> lines, Pattern pattern) {
        return lines.stream().filter(l -> pattern.matcher(l).find()).findFirst();
    }
}
