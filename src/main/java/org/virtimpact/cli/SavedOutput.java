package org.virtimpact.cli;

import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.remote.CommandResult;

/**
 * How a saved output file becomes the {@link CommandResult} a parser reads. A file holds the one
 * stream the tool reports its results on: the stream named by
 * {@link Benchmark#reportsOnStderr()}. The golden-file tests read their captures through this too, so the
 * CLI and the tests agree on what a capture means.
 */
public final class SavedOutput {

    private SavedOutput() {
    }

    public static CommandResult of(Benchmark tool, String text) {
        return tool.reportsOnStderr() ? CommandResult.ofOutput("", text) : CommandResult.ofOutput(text, "");
    }
}
