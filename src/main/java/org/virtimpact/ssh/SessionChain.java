package org.virtimpact.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.virtimpact.core.remote.ShellException;

/**
 * The SSH sessions of one route: one per jump host, each carried through the one before, then the
 * environment's own. Every login checks its host's key strictly against known_hosts and offers
 * keys only; closing the chain ends the sessions, the environment's first.
 */
final class SessionChain implements AutoCloseable {

    private final List<Session> sessions;

    private SessionChain(List<Session> sessions) {
        this.sessions = List.copyOf(sessions);
    }

    static SessionChain open(Route route, SshOptions options, String environment) throws ShellException {
        LoginKeys keys = new LoginKeys(options);
        List<Session> open = new ArrayList<>();
        List<Hop> hops = route.hops();
        try {
            for (int i = 0; i < hops.size(); i++) {
                Session via = open.isEmpty() ? null : open.get(open.size() - 1);
                String jumpFor = i < hops.size() - 1 ? environment : null;
                open.add(login(hops.get(i), via, keys, options, route.connectTimeout(), jumpFor));
            }
        } catch (ShellException e) {
            new SessionChain(open).close();
            throw e;
        }
        return new SessionChain(open);
    }

    /** The environment's own session, where commands run. */
    Session destination() {
        return sessions.get(sessions.size() - 1);
    }

    /**
     * Logs in to {@code hop}, directly or through {@code via}.
     *
     * @param jumpFor the environment {@code hop} leads to when it is a jump host, else null
     */
    static Session login(Hop hop, Session via, LoginKeys keys, SshOptions options, Duration timeout, String jumpFor)
            throws ShellException {
        LoginKeys.Offer offer = keys.forHop(hop);
        JSch jsch = new JSch();
        Session session = null;
        try {
            jsch.setKnownHosts(hop.knownHosts().toString());
            session = jsch.getSession(hop.user(), hop.host(), hop.port());
            session.setIdentityRepository(offer.repository());
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey");
            session.setServerAliveInterval(Math.toIntExact(options.serverAliveInterval().toMillis()));
            session.setServerAliveCountMax(options.serverAliveCountMax());
            // an unclosed shell must not keep the application from exiting
            session.setDaemonThread(true);
            JumpProxy proxy = via == null ? null : new JumpProxy(via, timeout);
            if (proxy != null) {
                session.setProxy(proxy);
            }
            session.connect(Math.toIntExact(timeout.toMillis()));
            if (proxy != null) {
                proxy.handshakeDone();
            }
            return session;
        } catch (JSchException e) {
            // built now: what happened to a locked key during the login belongs in the message
            ShellException failure = ConnectFailures.of(hop, offer, jumpFor, timeout).map(e, session);
            if (failure.reason() == ShellException.Reason.AUTHENTICATION && offer.wrongPassphrase().isPresent()) {
                failure = offer.wrongPassphrase().get();
            }
            if (session != null) {
                session.disconnect();
            }
            throw failure;
        } finally {
            // the login is over either way: unlocked keys need not stay in memory
            offer.clear();
        }
    }

    @Override
    public void close() {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            sessions.get(i).disconnect();
        }
    }
}
