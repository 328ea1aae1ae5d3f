package org.virtimpact.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.PassphraseProvider;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;

/** Logins with keys held by a real ssh-agent, started for each test and stopped after it. */
class AgentLoginTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final PassphraseProvider MUST_NOT_ASK = (keyFile, destination, attempt) -> {
        fail("asked for the passphrase of " + keyFile + " although the agent holds the key");
        return Optional.empty();
    };

    @TempDir
    Path dir;
    @TempDir
    Path home;

    private TestSshServer server;
    private Process agent;
    private Path socket;

    @BeforeEach
    void start() throws Exception {
        server = TestSshServer.start(dir);
        socket = dir.resolve("agent.sock");
        // -D: in the foreground, so this test owns the process and stops exactly it
        agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(socket)) {
            assertTrue(agent.isAlive() && System.nanoTime() < deadline, "ssh-agent did not start");
            Thread.sleep(20);
        }
        ProcessBuilder addKey = new ProcessBuilder("ssh-add", server.clientKey().toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        addKey.environment().put("SSH_AUTH_SOCK", socket.toString());
        Process add = addKey.start();
        assertTrue(add.waitFor(10, TimeUnit.SECONDS) && add.exitValue() == 0, "ssh-add failed");
    }

    @AfterEach
    void stop() throws Exception {
        agent.destroy();
        agent.waitFor(5, TimeUnit.SECONDS);
        server.close();
    }

    private SshOptions withAgent() {
        return SshOptions.defaults().withUserHome(home).withAgentSocket(socket).withPassphrases(MUST_NOT_ASK);
    }

    @Test
    void agentKeyLogsInWithoutAnyKeyFile() throws ShellException {
        try (JSchShell shell = JSchShell.connect(server.target(null, server.knownHosts()), withAgent())) {
            assertEquals("agent\n", shell.exec("echo agent", TIMEOUT, CancellationToken.none()).stdout());
        }
    }

    @Test
    void protectedKeyFileHeldByTheAgentIsNotUnlockedAgain() throws Exception {
        Path locked = KeyFiles.locked(server.clientKey(), home.resolve("locked"), "never typed");

        try (JSchShell shell = JSchShell.connect(server.target(locked, server.knownHosts()), withAgent())) {
            assertEquals("ok\n", shell.exec("echo ok", TIMEOUT, CancellationToken.none()).stdout());
        }
    }

    @Test
    void agentThatDoesNotAnswerIsNamedWhenNoKeyIsLeft() {
        SshOptions gone = withAgent().withAgentSocket(dir.resolve("no-agent.sock"));

        ShellException e = assertThrows(ShellException.class,
                () -> JSchShell.connect(server.target(null, server.knownHosts()), gone).close());

        assertEquals(Reason.AUTHENTICATION, e.reason());
        assertTrue(e.getMessage().contains("ssh-agent"), e.getMessage());
    }
}
