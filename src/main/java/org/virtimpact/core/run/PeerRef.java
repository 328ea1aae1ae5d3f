package org.virtimpact.core.run;

import java.util.Optional;
import java.util.regex.Pattern;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.text.InvalidValueException;
import org.virtimpact.core.text.Message;

/**
 * What an environment's {@code peer} says: nothing; {@code HOST}, a host where the server
 * (netserver, {@code iperf3 -s}) already runs; or {@code @ENV} / {@code @ENV=ADDRESS}, another
 * environment of the campaign on which VirtImpact starts the server itself, reached at ADDRESS.
 *
 * @param host        the host of an unmanaged peer, or the ADDRESS of a managed one; may be empty
 * @param environment the name after {@code @}; empty for an unmanaged peer
 */
public record PeerRef(Kind kind, String host, String environment) {

    public enum Kind { NONE, HOST, ENVIRONMENT }

    /** Only what a host name or an IP address (with an IPv6 zone) can hold, as the benchmarks accept. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:%_-]{0,252}");
    private static final String LOOPBACK = "127.0.0.1";

    public static PeerRef parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new PeerRef(Kind.NONE, "", "");
        }
        if (!t.startsWith("@")) {
            if (!isHost(t)) {
                throw new InvalidValueException(Message.of("peer.notHost", "peer ''{0}'' is not a host name or IP"
                        + " address; write HOST, @ENV or @ENV=ADDRESS", t));
            }
            return new PeerRef(Kind.HOST, t, "");
        }
        int eq = t.indexOf('=');
        String name = (eq < 0 ? t.substring(1) : t.substring(1, eq)).strip();
        if (name.isEmpty()) {
            throw new InvalidValueException(Message.of("peer.noEnvironmentName", "peer ''{0}'' names no environment"
                    + " after ''@''; write @ENV or @ENV=ADDRESS", t));
        }
        String address = eq < 0 ? "" : t.substring(eq + 1).strip();
        if (eq >= 0 && !isHost(address)) {
            throw new InvalidValueException(Message.of("peer.addressNotHost", "address of peer ''{0}'' ''{1}'' is not"
                    + " a host name or IP address; write HOST, @ENV or @ENV=ADDRESS", t, address));
        }
        return new PeerRef(Kind.ENVIRONMENT, address, name);
    }

    private static boolean isHost(String text) {
        return HOST.matcher(text).matches();
    }

    public boolean managed() {
        return kind == Kind.ENVIRONMENT;
    }

    /**
     * The address the guest connects to: the one written after {@code =}, else the peer
     * environment's SSH host, else the loopback address for a peer on this machine. Empty when
     * there is none, or when the peer is reached through an SSH config alias, whose real address
     * only the config knows.
     */
    public Optional<String> address(Optional<Environment> peerEnvironment) {
        if (kind != Kind.ENVIRONMENT || !host.isEmpty()) {
            return host.isEmpty() ? Optional.empty() : Optional.of(host);
        }
        return peerEnvironment.flatMap(e -> e.target().kind() == Target.Kind.LOCAL ? Optional.of(LOOPBACK)
                : Optional.ofNullable(e.target().host()));
    }
}
