package org.virtimpact.ssh;

import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.run.ShellFactory;

/** Opens a local shell for "this machine" and an SSH shell for everything else. */
public final class SshShellFactory implements ShellFactory {

    @Override
    public Shell open(Environment environment) throws ShellException {
        if (environment.target().kind() == Target.Kind.LOCAL) {
            return new LocalShell();
        }
        throw new ShellException(ShellException.Reason.UNREACHABLE, "SSH is not wired yet");
    }
}
