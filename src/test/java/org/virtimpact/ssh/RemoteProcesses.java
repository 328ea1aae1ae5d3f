package org.virtimpact.ssh;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Looks for processes of the in-process SSH server, which run on this machine. pgrep is started
 * directly, not through a shell, so no shell's own command line matches the pattern.
 */
final class RemoteProcesses {

    private RemoteProcesses() {
    }

    /**
     * A sleep duration nobody else uses, e.g. {@code 47.402917}, so pgrep finds only ours; under a
     * minute, so a process a broken kill left behind does not linger.
     */
    static String uniqueSleep() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return (30 + random.nextInt(30)) + "." + (100_000 + random.nextInt(900_000));
    }

    static boolean running(String sleepArgument) {
        try {
            Process pgrep = new ProcessBuilder("pgrep", "-f", "sleep " + sleepArgument)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!pgrep.waitFor(5, TimeUnit.SECONDS)) {
                pgrep.destroyForcibly();
                throw new IllegalStateException("pgrep did not answer");
            }
            return pgrep.exitValue() == 0;
        } catch (IOException e) {
            throw new IllegalStateException("pgrep is needed by this test: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean goneWithin(String sleepArgument, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (running(sleepArgument)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
