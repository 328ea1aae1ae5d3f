package org.virtimpact.cli;

import java.io.PrintWriter;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.run.ShellFactory;

/**
 * {@code --accept-new-host-key}: when a connection stops at a host key that is not in known_hosts
 * yet (the environment's or a jump host's), records that key through {@link HostKeyTrust}, prints
 * its fingerprint so the log shows what was trusted, and connects again. The new connection checks
 * strictly, so it only ever talks to the key just printed. A changed key is still refused.
 */
final class AcceptNewHostKeys implements ShellFactory {

    /** One per host on a route; more means something keeps presenting new keys. */
    private static final int MAX_NEW_KEYS = 10;

    private final ShellFactory shells;
    private final HostKeyTrust trust;
    private final PrintWriter out;

    AcceptNewHostKeys(ShellFactory shells, HostKeyTrust trust, PrintWriter out) {
        this.shells = shells;
        this.trust = trust;
        this.out = out;
    }

    @Override
    public Shell open(Environment environment) throws ShellException {
        for (int accepted = 0; ; accepted++) {
            try {
                return shells.open(environment);
            } catch (ShellException e) {
                if (e.reason() != ShellException.Reason.HOST_KEY_UNKNOWN || accepted >= MAX_NEW_KEYS) {
                    throw e;
                }
                ScannedHostKey key = trust.scan(environment.target());
                if (key.state() == ScannedHostKey.State.CHANGED) {
                    throw e;
                }
                if (key.state() == ScannedHostKey.State.UNKNOWN) {
                    trust.accept(environment.target(), key);
                    out.println("Accepted " + key.describe() + " for " + environment.name() + " (added to "
                            + key.knownHosts() + ").");
                    out.flush();
                }
            }
        }
    }
}
