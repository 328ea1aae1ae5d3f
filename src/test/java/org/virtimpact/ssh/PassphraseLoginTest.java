package org.virtimpact.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.PassphraseProvider;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;

/** A passphrase-protected key is unlocked with what the provider answers, and nothing of it is kept. */
class PassphraseLoginTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    @TempDir
    Path home;

    private TestSshServer server;
    private Path locked;
    private final List<Integer> attempts = new ArrayList<>();
    private final List<char[]> handedOut = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = TestSshServer.start(dir);
        locked = KeyFiles.locked(server.clientKey(), dir.resolve("locked"), "s3cret pass");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    /** Answers each attempt with the next of {@code answers}; null declines. */
    private PassphraseProvider answering(String... answers) {
        return (keyFile, destination, attempt) -> {
            attempts.add(attempt);
            String answer = answers[Math.min(attempt, answers.length) - 1];
            if (answer == null) {
                return Optional.empty();
            }
            char[] chars = answer.toCharArray();
            handedOut.add(chars);
            return Optional.of(chars);
        };
    }

    private JSchShell connect(PassphraseProvider provider) throws ShellException {
        SshOptions options = SshOptions.defaults().withUserHome(home).withAgentSocket(null).withPassphrases(provider);
        return JSchShell.connect(server.target(locked, server.knownHosts()), options);
    }

    @Test
    void rightPassphraseUnlocksTheKey() throws ShellException {
        try (JSchShell shell = connect(answering("s3cret pass"))) {
            assertEquals("in\n", shell.exec("echo in", TIMEOUT, CancellationToken.none()).stdout());
        }
        assertEquals(List.of(1), attempts);
    }

    @Test
    void wrongPassphraseIsAskedAgain() throws ShellException {
        try (JSchShell shell = connect(answering("wrong", "s3cret pass"))) {
            assertEquals("in\n", shell.exec("echo in", TIMEOUT, CancellationToken.none()).stdout());
        }
        assertEquals(List.of(1, 2), attempts);
    }

    @Test
    void threeWrongPassphrasesFailTheLogin() {
        ShellException e = assertThrows(ShellException.class, () -> connect(answering("a", "b", "c")).close());

        assertEquals(Reason.AUTHENTICATION, e.reason());
        assertTrue(e.getMessage().contains("Wrong passphrase") && e.getMessage().contains("3 times"), e.getMessage());
        assertEquals(List.of(1, 2, 3), attempts);
    }

    @Test
    void declinedPassphraseSuggestsTheAgent() {
        ShellException e = assertThrows(ShellException.class, () -> connect(answering((String) null)).close());

        assertEquals(Reason.AUTHENTICATION, e.reason());
        assertTrue(e.getMessage().contains("ssh-add " + locked), e.getMessage());
    }

    @Test
    void aProtectedKeyTheServerRefusesIsNeverAskedFor() throws Exception {
        Path stranger = KeyFiles.locked(TestSshServer.writeClientKey(dir, "stranger"), dir.resolve("stranger-locked"),
                "other");
        Path config = dir.resolve("config");
        java.nio.file.Files.writeString(config, "Host guest\n  HostName 127.0.0.1\n  Port " + server.port()
                + "\n  IdentityFile " + stranger + "\n  IdentityFile " + server.clientKey()
                + "\n  UserKnownHostsFile " + server.knownHosts() + "\n");
        SshOptions options = SshOptions.defaults().withUserHome(home).withAgentSocket(null)
                .withPassphrases(answering("other"));

        try (JSchShell shell = JSchShell.connect(org.virtimpact.core.campaign.Target.sshAlias("guest",
                config.toString(), null, 0, null, null), options)) {
            assertEquals("in\n", shell.exec("echo in", TIMEOUT, CancellationToken.none()).stdout());
        }
        assertEquals(List.of(), attempts);
    }

    @Test
    void passphraseArraysAreWipedAfterUse() throws ShellException {
        connect(answering("wrong", "s3cret pass")).close();

        assertEquals(2, handedOut.size());
        for (char[] chars : handedOut) {
            assertTrue(new String(chars).chars().allMatch(c -> c == 0), "wiped");
        }
    }
}
