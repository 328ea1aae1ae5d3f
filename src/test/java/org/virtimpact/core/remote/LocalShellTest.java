package org.virtimpact.core.remote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalShellTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private final LocalShell shell = new LocalShell();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    /** Unique per test, so pgrep can't see another test's (or another engineer's) processes. */
    private final String marker = "VIRTIMPACT_TEST_" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path dir;

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    /** A command whose grandchild sleeps long and carries the marker in its command line. */
    private String longSleeper() {
        return "sh -c 'sleep 300 # " + marker + "'; echo never";
    }

    /** Asked from Java, not through a shell, so that no shell holding the marker in its argv matches. */
    private boolean markerProcessAlive() throws IOException, InterruptedException {
        Process pgrep = new ProcessBuilder("pgrep", "-f", marker).redirectErrorStream(true).start();
        assertTrue(pgrep.waitFor(10, TimeUnit.SECONDS));
        return pgrep.exitValue() == 0;
    }

    private void awaitMarkerProcess() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!markerProcessAlive()) {
            assertTrue(System.nanoTime() < deadline, "the long command never started");
            Thread.sleep(50);
        }
        // give the wrapper time to write its pid file, which the kill relies on
        Thread.sleep(200);
    }

    @Test
    void passesHostileTextAsOneLiteralWordAndRunsNothing() throws ShellException, IOException {
        Path touched = dir.resolve("X");
        String hostile = "$(touch " + touched + ") ; touch " + touched + " `touch " + touched + "` "
                + "'single' \"double\" \\backslash $HOME *\nsecond line | rm -rf " + dir + " &";

        CommandResult r = shell.exec("printf '%s' " + ShellQuote.quote(hostile), TEN_SECONDS,
                CancellationToken.none());

        assertEquals(hostile, r.stdout());
        assertFalse(Files.exists(touched), "a quoted word must not run");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void returnsTheExitCodeAndStderr() throws ShellException {
        CommandResult r = shell.exec("echo out; echo oops >&2; exit 3", TEN_SECONDS, CancellationToken.none());

        assertEquals(3, r.exitCode());
        assertEquals("out\n", r.stdout());
        assertEquals("oops\n", r.stderr());
        assertFalse(r.succeeded());
    }

    @Test
    void outputThatIsNotUtf8StillComesBack() throws ShellException {
        // a tool running in a Latin-1 locale prints such bytes; one of them must not fail the whole run
        CommandResult r = shell.exec("printf 'caf\\351\\n'", TEN_SECONDS, CancellationToken.none());

        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().startsWith("caf"), r.stdout());
    }

    @Test
    void aTimeoutThrowsTimeoutAndLeavesNoProcessBehind() throws IOException, InterruptedException {
        ShellException e = assertThrows(ShellException.class,
                () -> shell.exec(longSleeper(), Duration.ofMillis(700), CancellationToken.none()));

        assertEquals(ShellException.Reason.TIMEOUT, e.reason());
        assertFalse(markerProcessAlive(), "the sleeping grandchild survived the timeout");
    }

    @Test
    void cancellingFromAnotherThreadThrowsCancelledAndLeavesNoProcessBehind() throws Exception {
        CancellationToken token = new CancellationToken();
        Future<CommandResult> running = executor.submit(() -> shell.exec(longSleeper(), Duration.ofMinutes(5), token));
        awaitMarkerProcess();

        token.cancel();

        ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(20, TimeUnit.SECONDS));
        ShellException cause = assertInstanceOf(ShellException.class, e.getCause());
        assertEquals(ShellException.Reason.CANCELLED, cause.reason());
        assertFalse(markerProcessAlive(), "the sleeping grandchild survived the cancel");
    }

    @Test
    void interruptingTheCallingThreadAlsoStopsTheCommand() throws Exception {
        // javafx.concurrent.Task.cancel() interrupts the worker thread instead of tripping the token
        CompletableFuture<ShellException> thrown = new CompletableFuture<>();
        Future<?> running = executor.submit(() -> {
            try {
                shell.exec(longSleeper(), Duration.ofMinutes(5), CancellationToken.none());
                thrown.complete(null);
            } catch (ShellException e) {
                thrown.complete(e);
            }
        });
        awaitMarkerProcess();

        running.cancel(true);

        assertEquals(ShellException.Reason.CANCELLED, thrown.get(20, TimeUnit.SECONDS).reason());
        assertFalse(markerProcessAlive(), "the sleeping grandchild survived the interrupt");
    }

    @Test
    void uploadWritesTheFileAndCreatesItsParents() throws ShellException, IOException {
        Path target = dir.resolve("a/b/c/agent.c");
        byte[] content = "int main(void) { return 0; }\n".getBytes(StandardCharsets.UTF_8);

        shell.upload(content, target.toString());

        assertArrayEquals(content, Files.readAllBytes(target));
    }

    @Test
    void uploadReplacesAnExistingFile() throws ShellException, IOException {
        Path target = dir.resolve("f");
        Files.writeString(target, "old and longer");

        shell.upload("new".getBytes(StandardCharsets.UTF_8), target.toString());

        assertEquals("new", Files.readString(target));
    }
}
