package org.virtimpact.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchHostKeyException;
import com.jcraft.jsch.JSchRevokedHostKeyException;
import com.jcraft.jsch.Session;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;
import org.virtimpact.core.remote.ShellQuote;

/**
 * Turns JSch's terse connect errors ("reject HostKey", "Auth fail") into messages that say what
 * happened and what the researcher can do about it.
 *
 * @param login      {@code user@host:port}, for messages
 * @param identities the key files offered, empty for a host key scan
 * @param agentKeys  how many of ssh-agent's keys were offered
 * @param notes      what else the person should know about the keys, e.g. one left locked
 * @param jumpFor    the environment a jump host leads to, null when this is the environment itself
 */
record ConnectFailures(String host, int port, String login, Path knownHosts, List<Path> identities, int agentKeys,
                       String notes, String jumpFor, Duration timeout) {

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    ConnectFailures {
        identities = List.copyOf(identities);
        notes = notes == null ? "" : notes;
    }

    ConnectFailures(String host, int port, String login, Path knownHosts, List<Path> identities, Duration timeout) {
        this(host, port, login, knownHosts, identities, 0, "", null, timeout);
    }

    static ConnectFailures of(Hop hop, LoginKeys.Offer offer, String jumpFor, Duration timeout) {
        return new ConnectFailures(hop.host(), hop.port(), hop.login(), hop.knownHosts(), offer.files(),
                offer.agentKeys(), offer.notes(), jumpFor, timeout);
    }

    /** "the jump host bastion:22 (on the way to guest)" or "guest:22". */
    private String who() {
        return jumpFor == null ? address() : "the jump host " + address() + " (on the way to " + jumpFor + ")";
    }

    String address() {
        return host + ":" + port;
    }

    ShellException map(JSchException e, Session session) {
        if (e instanceof JSchHostKeyException) {
            return hostKey(e, presented(session));
        }
        // JSch's own auth exceptions are not public; its message is what it documents
        if (e.getMessage() != null && e.getMessage().startsWith("Auth ")) {
            return authentication(e);
        }
        return unreachable(e);
    }

    private HostKeyException hostKey(JSchException e, HostKeyInfo key) {
        String presented = key == null ? "a key JSch could not read" : "the " + key.type() + " key " + key.fingerprint();
        String name = HostKeyInfo.knownHostsName(host, port);
        if (e instanceof JSchChangedHostKeyException || e instanceof JSchRevokedHostKeyException) {
            return new HostKeyException(Reason.HOST_KEY_CHANGED, "WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED"
                    + " for " + who() + "! Someone could be intercepting this connection (a man-in-the-middle"
                    + " attack), or the host's key was replaced (a reinstalled guest, regenerated keys). The host"
                    + " now presents " + presented + (e instanceof JSchRevokedHostKeyException
                    ? ", which is marked @revoked in " : ", which does not match the entry in ")
                    + knownHosts + ". Nothing was sent to the host. Only if you know why it changed and have"
                    + " checked the new fingerprint on the host itself, remove the old entry (ssh-keygen -R "
                    + word(name) + " -f " + word(knownHosts.toString()) + ") and accept the new key.", key, e);
        }
        return new HostKeyException(Reason.HOST_KEY_UNKNOWN, "The host key of " + who() + " is not in "
                + knownHosts + ", so VirtImpact did not log in. The host presented " + presented + ". Check"
                + " that fingerprint on the host itself (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then"
                + " accept it (ssh-keyscan -p " + port + " " + word(host) + " >> " + word(knownHosts.toString())
                + ") or let VirtImpact record it after you checked it (virtimpact run --accept-new-host-key).",
                key, knownHosts, jumpFor != null, e);
    }

    private ShellException authentication(JSchException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (!message.contains("publickey")) {
            return new ShellException(Reason.AUTHENTICATION, login + " does not offer public-key login ("
                    + message + "), and VirtImpact logs in with keys only. Enable PubkeyAuthentication in the"
                    + " host's sshd_config.", e);
        }
        List<String> offered = new ArrayList<>(identities.stream().map(Path::toString).toList());
        if (agentKeys > 0) {
            offered.add(agentKeys + " key" + (agentKeys == 1 ? "" : "s") + " of ssh-agent");
        }
        String hint = identities.isEmpty() ? "KEY.pub" : identities.get(0) + ".pub";
        return new ShellException(Reason.AUTHENTICATION, login + (jumpFor == null ? "" : " (jump host on the way to "
                + jumpFor + ")") + " refused " + (offered.size() == 1 ? "the key " : "the keys ")
                + String.join(", ", offered) + notes + ". Put the matching public key in ~/.ssh/authorized_keys of"
                + " that user on the host (for example: ssh-copy-id -i " + word(hint) + " -p " + port + " "
                + word(login.replaceFirst(":\\d+$", "")) + "), or choose another identity file in the"
                + " environment's settings.", e);
    }

    private ShellException unreachable(JSchException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return new ShellException(Reason.UNREACHABLE, "The host name '" + host + "' can't be resolved."
                        + " Check its spelling, or use the IP address.", e);
            }
            if (t instanceof ConnectException) {
                return new ShellException(Reason.UNREACHABLE, "Nothing accepts SSH connections on " + who()
                        + " (connection refused). Check that the host is up, sshd runs there and the port is right.", e);
            }
            if (t instanceof NoRouteToHostException) {
                return new ShellException(Reason.UNREACHABLE, "No route to " + who()
                        + ". Check the address and that the host's network is up.", e);
            }
            if (String.valueOf(t.getMessage()).contains("channel is not opened")) {
                return new ShellException(Reason.UNREACHABLE, "The jump host could not open a connection to "
                        + address() + ". Check that the host and port are right as seen from the jump host, and"
                        + " that the jump host's sshd allows forwarding (AllowTcpForwarding yes).", e);
            }
            if (t instanceof SocketTimeoutException || "timeout: socket is not established".equals(t.getMessage())) {
                return new ShellException(Reason.UNREACHABLE, "No SSH answer from " + who() + " within "
                        + timeout.toMillis() / 1000.0 + " s. Check the address, that the host is running, and"
                        + " that no firewall drops the connection.", e);
            }
        }
        return new ShellException(Reason.UNREACHABLE, "Could not open an SSH connection to " + who() + ": "
                + e.getMessage() + ". Check that an SSH server answers there.", e);
    }

    /** The key the failed handshake presented; JSch keeps it on the session even after refusing it. */
    static HostKeyInfo presentedKey(Session session, String host, int port) {
        HostKey key = session == null ? null : session.getHostKey();
        if (key == null) {
            return null;
        }
        return new HostKeyInfo(host, port, key.getType(), key.getKey());
    }

    private HostKeyInfo presented(Session session) {
        return presentedKey(session, host, port);
    }

    /** Quotes a value in a suggested command only when it needs it, so plain ones stay readable. */
    static String word(String value) {
        return PLAIN_WORD.matcher(value).matches() ? value : ShellQuote.quote(value);
    }
}
