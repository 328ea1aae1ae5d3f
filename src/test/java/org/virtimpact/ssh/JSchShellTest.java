package org.virtimpact.ssh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellQuote;

/** Commands over a real SSH connection to an in-process server; each runs in the real /bin/sh. */
class JSchShellTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    static Path keys;

    private static TestSshServer server;
    private static JSchShell shell;
    private static ScheduledExecutorService scheduler;

    @BeforeAll
    static void connect() throws Exception {
        server = TestSshServer.start(keys);
        shell = JSchShell.connect(server.target(), SshOptions.defaults());
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    static void disconnect() throws IOException {
        scheduler.shutdownNow();
        shell.close();
        server.close();
    }

    @Test
    void execReturnsStdoutStderrAndExitStatus() throws ShellException {
        CommandResult result = shell.exec("echo out; echo err >&2; exit 3", TIMEOUT, CancellationToken.none());

        assertEquals("out\n", result.stdout());
        assertEquals("err\n", result.stderr());
        assertEquals(3, result.exitCode());
        assertTrue(result.elapsed().toNanos() > 0, "elapsed time is measured");
    }

    @Test
    void commandsShareOneConnection() throws ShellException {
        int before = server.sessionsOpened();

        for (int i = 0; i < 3; i++) {
            assertEquals(i + "\n", shell.exec("echo " + i, TIMEOUT, CancellationToken.none()).stdout());
        }

        assertEquals(before, server.sessionsOpened());
    }

    @Test
    void quotedHostileValueComesBackLiterallyAndRunsNothing(@TempDir Path dir) throws ShellException {
        Path marker = dir.resolve("pwned");
        String hostile = "$(touch " + marker + "); `touch " + marker + "`; touch " + marker
                + " ' \" \\ \n second line && touch " + marker + " | $HOME *";

        CommandResult result = shell.exec("printf '%s' " + ShellQuote.quote(hostile), TIMEOUT,
                CancellationToken.none());

        assertEquals(hostile, result.stdout());
        assertFalse(Files.exists(marker), "nothing in the value ran");
    }

    @Test
    void uploadWritesExactBytesAndCreatesFolders(@TempDir Path dir) throws Exception {
        byte[] content = new byte[70_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path target = dir.resolve("new folder/sub/it's here.bin");

        shell.upload(content, target.toString());

        assertArrayEquals(content, Files.readAllBytes(target));
        CommandResult check = shell.exec("wc -c < " + ShellQuote.quote(target.toString()), TIMEOUT,
                CancellationToken.none());
        assertEquals(String.valueOf(content.length), check.stdout().strip());
    }

    @Test
    void uploadToUnwritablePlaceFailsWithIo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");

        ShellException e = assertThrows(ShellException.class,
                () -> shell.upload("data".getBytes(StandardCharsets.UTF_8), file + "/below-a-file"));

        assertEquals(ShellException.Reason.IO, e.reason());
        assertTrue(e.getMessage().contains("below-a-file"), e.getMessage());
    }

    @Test
    void timeoutStopsTheRemoteProcessAndThrowsTimeout() throws Exception {
        String marker = RemoteProcesses.uniqueSleep();
        AtomicBoolean wasRunning = new AtomicBoolean();
        scheduler.schedule(() -> wasRunning.set(RemoteProcesses.running(marker)), 500, TimeUnit.MILLISECONDS);

        ShellException e = assertThrows(ShellException.class,
                () -> shell.exec("sleep " + marker, Duration.ofSeconds(1), CancellationToken.none()));

        assertEquals(ShellException.Reason.TIMEOUT, e.reason());
        assertTrue(wasRunning.get(), "the remote sleep had started");
        assertTrue(RemoteProcesses.goneWithin(marker, Duration.ofSeconds(5)), "the remote sleep was killed");
    }

    @Test
    void cancelStopsTheRemoteProcessAndThrowsCancelled() throws Exception {
        String marker = RemoteProcesses.uniqueSleep();
        CancellationToken cancel = new CancellationToken();
        AtomicBoolean wasRunning = new AtomicBoolean();
        scheduler.schedule(() -> {
            wasRunning.set(RemoteProcesses.running(marker));
            cancel.cancel();
        }, 500, TimeUnit.MILLISECONDS);

        ShellException e = assertThrows(ShellException.class,
                () -> shell.exec("sleep " + marker, TIMEOUT, cancel));

        assertEquals(ShellException.Reason.CANCELLED, e.reason());
        assertTrue(wasRunning.get(), "the remote sleep had started");
        assertTrue(RemoteProcesses.goneWithin(marker, Duration.ofSeconds(5)), "the remote sleep was killed");
    }

    @Test
    void interruptStopsTheRemoteProcessAndKeepsTheInterruptFlag() throws Exception {
        String marker = RemoteProcesses.uniqueSleep();
        Thread caller = Thread.currentThread();
        AtomicBoolean wasRunning = new AtomicBoolean();
        scheduler.schedule(() -> {
            wasRunning.set(RemoteProcesses.running(marker));
            caller.interrupt();
        }, 500, TimeUnit.MILLISECONDS);

        ShellException e = assertThrows(ShellException.class,
                () -> shell.exec("sleep " + marker, TIMEOUT, CancellationToken.none()));
        boolean interrupted = Thread.interrupted();

        assertEquals(ShellException.Reason.CANCELLED, e.reason());
        assertTrue(interrupted, "the caller still sees its interrupt");
        assertTrue(wasRunning.get(), "the remote sleep had started");
        assertTrue(RemoteProcesses.goneWithin(marker, Duration.ofSeconds(5)), "the remote sleep was killed");
    }

    @Test
    void shellStillWorksAfterATimeout() throws ShellException {
        assertThrows(ShellException.class, () -> shell.exec("sleep 30", Duration.ofMillis(300),
                CancellationToken.none()));

        assertEquals("alive\n", shell.exec("echo alive", TIMEOUT, CancellationToken.none()).stdout());
    }

    @Test
    void alreadyCancelledTokenRunsNothing(@TempDir Path dir) {
        Path marker = dir.resolve("ran");
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();

        ShellException e = assertThrows(ShellException.class,
                () -> shell.exec("touch " + ShellQuote.quote(marker.toString()), TIMEOUT, cancel));

        assertEquals(ShellException.Reason.CANCELLED, e.reason());
        assertFalse(Files.exists(marker));
    }

    @Test
    void describeNamesUserHostAndPort() {
        assertEquals(System.getProperty("user.name") + "@127.0.0.1:" + server.port(), shell.describe());
    }
}
