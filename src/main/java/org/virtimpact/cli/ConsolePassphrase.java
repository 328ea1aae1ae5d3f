package org.virtimpact.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Supplier;
import org.virtimpact.core.remote.PassphraseProvider;

/**
 * Asks for a key's passphrase on the terminal with echo off. Without a terminal (output piped, a
 * cron job) nobody can answer, so it says so and declines instead of waiting for input.
 */
final class ConsolePassphrase implements PassphraseProvider {

    private final PrintWriter err;
    private final Supplier<Console> console;

    ConsolePassphrase(PrintWriter err, Supplier<Console> console) {
        this.err = err;
        this.console = console;
    }

    @Override
    public Optional<char[]> passphrase(String keyFile, String destination, int attempt) {
        Console terminal = console.get();
        if (terminal == null) {
            err.println("The key " + keyFile + " needs its passphrase to log in to " + destination + ", and there is"
                    + " no terminal to ask on. Add the key to ssh-agent first (ssh-add " + keyFile + "), or run"
                    + " virtimpact in a terminal.");
            err.flush();
            return Optional.empty();
        }
        String prompt = attempt == 1 ? "Passphrase for %s (to log in to %s): "
                : "Wrong passphrase, try again. Passphrase for %s (to log in to %s): ";
        // null at end of input (Ctrl-D): the person declined
        return Optional.ofNullable(terminal.readPassword(prompt, keyFile, destination));
    }
}
