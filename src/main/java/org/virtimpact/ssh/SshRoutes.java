package org.virtimpact.ssh;

import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.ShellException;

/**
 * Says where an SSH target really leads once its SSH config is applied, without connecting:
 * what the CLI prints after {@code env add} and a target dialog can show beside an alias.
 */
public final class SshRoutes {

    private final SshOptions options;

    public SshRoutes(SshOptions options) {
        this.options = options;
    }

    /**
     * {@code bench@10.0.0.5:22}, or {@code bench@10.0.0.5:22 via admin@bastion:22} through jump hosts.
     *
     * @throws ShellException when the alias or its config can't be resolved; the message says why
     */
    public String describe(Target target) throws ShellException {
        return new Routes(options).resolve(target).describe();
    }
}
