package org.virtimpact.core.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.virtimpact.core.text.Message;

/**
 * Runs commands on this machine with {@code sh}. Output goes to temporary files rather than
 * pipes so no reader threads are needed and a chatty command can't block on a full pipe.
 */
public final class LocalShell implements Shell {

    private static final long POLL_MILLIS = 20;

    @Override
    public String describe() {
        return "this machine";
    }

    @Override
    public CommandResult exec(String command, Duration timeout, CancellationToken cancel) throws ShellException {
        String pidFile = ProcessGroup.pidFileFor(UUID.randomUUID().toString());
        Path out = null;
        Path err = null;
        Process process = null;
        long start = System.nanoTime();
        try {
            out = Files.createTempFile("virtimpact-", ".out");
            err = Files.createTempFile("virtimpact-", ".err");
            process = new ProcessBuilder("sh", "-c", ProcessGroup.wrap(command, pidFile))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            long deadline = start + timeout.toNanos();
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancel.isCancelled() || System.nanoTime() > deadline) {
                    stop(process, pidFile);
                    throw cancel.isCancelled()
                            ? new ShellException(ShellException.Reason.CANCELLED, Message.of("local.cancelled",
                                    "Cancelled: {0}", command))
                            : new ShellException(ShellException.Reason.TIMEOUT, Message.of("local.timeout",
                                    "No answer within {0} s from: {1}. The command was stopped; raise the command"
                                    + " timeout if it needs longer.", Long.toString(timeout.toSeconds()),
                                    ShellQuote.brief(command)));
                }
            }
            return new CommandResult(command, process.exitValue(), text(out), text(err),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new ShellException(ShellException.Reason.IO, Message.of("local.startFailed",
                    "Could not run a local command: {0}", String.valueOf(e.getMessage())), e);
        } catch (InterruptedException e) {
            // an interrupt (a cancelled javafx Task, an executor shut down) must stop the command too
            stopAfterInterrupt(process, pidFile);
            Thread.currentThread().interrupt();
            throw new ShellException(ShellException.Reason.CANCELLED, Message.of("local.interrupted",
                    "Interrupted while running: {0}", command), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void stop(Process process, String pidFile) throws IOException, InterruptedException {
        Process killer = new ProcessBuilder("sh", "-c", ProcessGroup.kill(pidFile))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        killer.waitFor(10, TimeUnit.SECONDS);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    /** Runs {@link #stop} with the interrupt flag clear, since its own waits would fail at once. */
    private static void stopAfterInterrupt(Process process, String pidFile) {
        if (process == null) {
            return;
        }
        try {
            stop(process, pidFile);
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            System.getLogger(LocalShell.class.getName()).log(System.Logger.Level.WARNING,
                    "could not stop the process group of an interrupted command", e);
        }
    }

    /** Undecodable bytes become U+FFFD: a stray Latin-1 byte in the output is no reason to lose a run. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    @Override
    public void upload(byte[] content, String path) throws ShellException {
        try {
            Path target = Path.of(path);
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.write(target, content);
        } catch (IOException e) {
            throw new ShellException(ShellException.Reason.IO, Message.of("local.writeFailed",
                    "Could not write {0}: {1}", path, String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public void close() {
        // nothing held open between commands
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temp file is harmless; the result has already been read
            System.getLogger(LocalShell.class.getName()).log(System.Logger.Level.DEBUG, "could not delete " + p, e);
        }
    }
}
