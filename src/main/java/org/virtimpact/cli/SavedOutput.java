package org.virtimpact.cli;

import java.util.Set;
import org.virtimpact.core.remote.CommandResult;

/**
 * How a saved output file becomes the {@link CommandResult} a parser reads. A file holds the one
 * stream the tool reports its results on: stderr for dd (its summaries go there), stdout for
 * the project's own agents. The golden-file tests read their captures through this too, so the
 * CLI and the tests agree on what a capture means.
 */
public final class SavedOutput {

    private static final Set<String> REPORTS_ON_STDERR = Set.of("dd");

    private SavedOutput() {
    }

    public static CommandResult of(String toolId, String text) {
        return REPORTS_ON_STDERR.contains(toolId) ? CommandResult.ofOutput("", text) : CommandResult.ofOutput(text, "");
    }
}
