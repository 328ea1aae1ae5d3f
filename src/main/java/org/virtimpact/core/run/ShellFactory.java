package org.virtimpact.core.run;

import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;

/** Opens the shell of an environment; wired once, in the app or the CLI, to local or SSH shells. */
@FunctionalInterface
public interface ShellFactory {
    Shell open(Environment environment) throws ShellException;
}
