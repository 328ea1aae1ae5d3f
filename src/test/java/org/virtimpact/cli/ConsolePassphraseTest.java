package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsolePassphraseTest {

    @Test
    void withoutATerminalItDeclinesAndSaysWhatToDo() {
        StringWriter err = new StringWriter();

        Optional<char[]> answer = new ConsolePassphrase(new PrintWriter(err, true), () -> null)
                .passphrase("/home/me/.ssh/lab", "bench@pv:22", 1);

        assertEquals(Optional.empty(), answer);
        assertTrue(err.toString().contains("no terminal") && err.toString().contains("ssh-add /home/me/.ssh/lab"),
                err.toString());
    }
}
