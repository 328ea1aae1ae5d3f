package org.virtimpact.cli;

/** Placeholder until the CLI lands. */
public final class VirtImpactCli {
    private VirtImpactCli() {
    }

    public static int execute(String[] args) {
        return 2;
    }
}
