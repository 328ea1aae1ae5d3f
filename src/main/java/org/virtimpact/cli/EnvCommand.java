package org.virtimpact.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code virtimpact env}: the environments of a campaign; does nothing without add or remove. */
@Command(name = "env", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "(add | remove)",
        description = "Adds or removes an environment of a campaign; campaign.json is saved atomically.")
final class EnvCommand implements Callable<Integer> {

    private final PrintWriter err;

    @Spec
    private CommandSpec spec;

    EnvCommand(PrintWriter err) {
        this.err = err;
    }

    @Override
    public Integer call() {
        err.println("Missing 'add' or 'remove'.");
        spec.commandLine().usage(err);
        return VirtImpactCli.BAD_INPUT;
    }
}
