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
import org.virtimpact.core.text.Message;

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
                       Message notes, String jumpFor, Duration timeout) {

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    ConnectFailures {
        identities = List.copyOf(identities);
        notes = notes == null ? Message.verbatim("") : notes;
    }

    ConnectFailures(String host, int port, String login, Path knownHosts, List<Path> identities, Duration timeout) {
        this(host, port, login, knownHosts, identities, 0, Message.verbatim(""), null, timeout);
    }

    static ConnectFailures of(Hop hop, LoginKeys.Offer offer, String jumpFor, Duration timeout) {
        return new ConnectFailures(hop.host(), hop.port(), hop.login(), hop.knownHosts(), offer.files(),
                offer.agentKeys(), offer.notes(), jumpFor, timeout);
    }

    /** "the jump host bastion:22 (on the way to guest)" or "guest:22". */
    private Message who() {
        return jumpFor == null ? Message.verbatim(address()) : Message.of("ssh.jumpHost",
                "the jump host {0} (on the way to {1})", address(), jumpFor);
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
        Message presented = key == null ? Message.of("ssh.hostKey.unreadable", "a key JSch could not read")
                : Message.of("ssh.hostKey.presented", "the {0} key {1}", key.type(), key.fingerprint());
        String name = HostKeyInfo.knownHostsName(host, port);
        if (e instanceof JSchChangedHostKeyException || e instanceof JSchRevokedHostKeyException) {
            Message mismatch = e instanceof JSchRevokedHostKeyException
                    ? Message.of("ssh.hostKey.revoked", "which is marked @revoked in {0}", knownHosts.toString())
                    : Message.of("ssh.hostKey.mismatch", "which does not match the entry in {0}", knownHosts.toString());
            return new HostKeyException(Reason.HOST_KEY_CHANGED, Message.of("ssh.hostKey.changed",
                    "WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED for {0}! Someone could be intercepting this"
                    + " connection (a man-in-the-middle attack), or the host''s key was replaced (a reinstalled guest,"
                    + " regenerated keys). The host now presents {1}, {2}. Nothing was sent to the host. Only if you"
                    + " know why it changed and have checked the new fingerprint on the host itself, remove the old"
                    + " entry (ssh-keygen -R {3} -f {4}) and accept the new key.", who(), presented, mismatch,
                    word(name), word(knownHosts.toString())), key, null, false, e);
        }
        return new HostKeyException(Reason.HOST_KEY_UNKNOWN, Message.of("ssh.hostKey.unknown", "The host key of {0}"
                + " is not in {1}, so VirtImpact did not log in. The host presented {2}. Check that fingerprint on the"
                + " host itself (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then accept it (ssh-keyscan -p {3} {4}"
                + " >> {5}) or let VirtImpact record it after you checked it (virtimpact run --accept-new-host-key).",
                who(), knownHosts.toString(), presented, Integer.toString(port), word(host), word(knownHosts.toString())),
                key, knownHosts, jumpFor != null, e);
    }

    private ShellException authentication(JSchException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (!message.contains("publickey")) {
            return new ShellException(Reason.AUTHENTICATION, Message.of("ssh.auth.noPublicKey", "{0} does not offer"
                    + " public-key login ({1}), and VirtImpact logs in with keys only. Enable PubkeyAuthentication in"
                    + " the host''s sshd_config.", login, message), e);
        }
        List<String> files = identities.stream().map(Path::toString).toList();
        Message offered = Message.verbatim(String.join(", ", files));
        if (agentKeys > 0) {
            Message agent = Message.of("ssh.auth.agentKeys", "{0,choice,1#1 key|1<{0} keys} of ssh-agent", agentKeys);
            offered = files.isEmpty() ? agent : Message.of("ssh.auth.filesAndAgent", "{0}, {1}", offered, agent);
        }
        int count = files.size() + (agentKeys > 0 ? 1 : 0);
        Message who = jumpFor == null ? Message.verbatim(login) : Message.of("ssh.auth.jumpLogin",
                "{0} (jump host on the way to {1})", login, jumpFor);
        String hint = identities.isEmpty() ? "KEY.pub" : identities.get(0) + ".pub";
        return new ShellException(Reason.AUTHENTICATION, Message.of("ssh.auth.refused", "{0} refused"
                + " {1,choice,0#the keys|1#the key|1<the keys} {2}{3}. Put the matching public key in"
                + " ~/.ssh/authorized_keys of that user on the host (for example: ssh-copy-id -i {4} -p {5} {6}), or"
                + " choose another identity file in the environment''s settings.", who, count, offered,
                notes, word(hint), Integer.toString(port),
                word(login.replaceFirst(":\\d+$", ""))), e);
    }

    private ShellException unreachable(JSchException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return new ShellException(Reason.UNREACHABLE, Message.of("ssh.unknownHost", "The host name ''{0}''"
                        + " can''t be resolved. Check its spelling, or use the IP address.", host), e);
            }
            if (t instanceof ConnectException) {
                return new ShellException(Reason.UNREACHABLE, Message.of("ssh.refused", "Nothing accepts SSH"
                        + " connections on {0} (connection refused). Check that the host is up, sshd runs there and"
                        + " the port is right.", who()), e);
            }
            if (t instanceof NoRouteToHostException) {
                return new ShellException(Reason.UNREACHABLE, Message.of("ssh.noRoute", "No route to {0}. Check the"
                        + " address and that the host''s network is up.", who()), e);
            }
            if (String.valueOf(t.getMessage()).contains("channel is not opened")) {
                return new ShellException(Reason.UNREACHABLE, Message.of("ssh.jumpChannel", "The jump host could not"
                        + " open a connection to {0}. Check that the host and port are right as seen from the jump"
                        + " host, and that the jump host''s sshd allows forwarding (AllowTcpForwarding yes).",
                        address()), e);
            }
            if (t instanceof SocketTimeoutException || "timeout: socket is not established".equals(t.getMessage())) {
                return new ShellException(Reason.UNREACHABLE, Message.of("ssh.noAnswer", "No SSH answer from {0}"
                        + " within {1} s. Check the address, that the host is running, and that no firewall drops the"
                        + " connection.", who(), Double.toString(timeout.toMillis() / 1000.0)), e);
            }
        }
        return new ShellException(Reason.UNREACHABLE, Message.of("ssh.connectFailed", "Could not open an SSH"
                + " connection to {0}: {1}. Check that an SSH server answers there.", who(), e.getMessage()), e);
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
