package org.virtimpact.ui.targets;

import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.run.ShellFactory;

/**
 * Opens shells, and when a host key is not yet known (the environment's or a jump host's on the
 * way), shows it to the person; only if they accept it is it recorded and the connection tried
 * again, still strictly, so it can only reach the key just shown. A changed key is refused with
 * the SSH adapter's OpenSSH-like message and nothing to accept. The GUI's counterpart of the
 * command line's {@code --accept-new-host-key}; it blocks the calling background thread while
 * the person decides.
 */
public final class TrustingShells implements ShellFactory {

    /** One per host on a route; more means something keeps presenting new keys. */
    private static final int MAX_NEW_KEYS = 10;

    private final ShellFactory shells;
    private final HostKeyTrust trust;
    private final HostKeyQuestions questions;

    public TrustingShells(ShellFactory shells, HostKeyTrust trust, HostKeyQuestions questions) {
        this.shells = shells;
        this.trust = trust;
        this.questions = questions;
    }

    @Override
    public Shell open(Environment environment) throws ShellException {
        for (int accepted = 0; ; accepted++) {
            try {
                return shells.open(environment);
            } catch (ShellException e) {
                if (e.reason() == ShellException.Reason.HOST_KEY_CHANGED) {
                    questions.changed(environment.name(), e.explanation());
                    throw e;
                }
                if (e.reason() != ShellException.Reason.HOST_KEY_UNKNOWN || accepted >= MAX_NEW_KEYS) {
                    throw e;
                }
                ScannedHostKey key = trust.scan(environment.target());
                if (key.state() == ScannedHostKey.State.CHANGED) {
                    questions.changed(environment.name(), e.explanation());
                    throw e;
                }
                if (key.state() == ScannedHostKey.State.UNKNOWN) {
                    if (!questions.trust(environment.name(), key)) {
                        throw e;
                    }
                    trust.accept(environment.target(), key);
                }
                // TRUSTED: recorded meanwhile (another window, ssh itself); simply connect again
            }
        }
    }
}
