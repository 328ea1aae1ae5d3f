package org.virtimpact.ssh;

import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.run.ShellFactory;

/**
 * Opens a local shell for "this machine" and an SSH shell for everything else: one connection
 * per environment, which the runner keeps for the whole campaign.
 */
public final class SshShellFactory implements ShellFactory {

    /** Each unknown key on a route (jump hosts, then the target) costs one more attempt. */
    private static final int MAX_ATTEMPTS = 10;

    private final SshOptions options;

    public SshShellFactory() {
        this(SshOptions.defaults());
    }

    public SshShellFactory(SshOptions options) {
        this.options = options;
    }

    @Override
    public Shell open(Environment environment) throws ShellException {
        Target target = environment.target();
        if (target.kind() == Target.Kind.LOCAL) {
            return new LocalShell();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return JSchShell.connect(target, options);
            } catch (HostKeyException e) {
                if (options.hostKeyPolicy() != HostKeyPolicy.ACCEPT_NEW || e.reason() != ShellException.Reason.HOST_KEY_UNKNOWN
                        || e.presented() == null || e.knownHosts() == null || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                // the very key that was refused, not a second scan that a man in the middle could answer
                HostKeys.accept(e.knownHosts(), e.presented());
            }
        }
    }
}
