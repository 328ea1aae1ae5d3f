package org.virtimpact.core.remote;

import java.time.Duration;
import java.util.Objects;

/** What one command printed and how it ended. Parsers take this as their whole input. */
public record CommandResult(String command, int exitCode, String stdout, String stderr, Duration elapsed) {

    public CommandResult {
        Objects.requireNonNull(command, "command");
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    /** For parsing saved output where only the text is known. */
    public static CommandResult ofOutput(String stdout, String stderr) {
        return new CommandResult("(imported)", 0, stdout, stderr, Duration.ZERO);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }
}
