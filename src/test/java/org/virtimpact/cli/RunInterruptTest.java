package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;

/** Ctrl-C during a run: the benchmark is stopped, its files removed, and only then may the JVM go. */
class RunInterruptTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void interruptStopsTheBenchmarkCleansUpAndWaitsForTheSummary(@TempDir Path dir) throws Exception {
        new CampaignStore().save(dir, new Campaign("interrupted", "", List.of(new Environment("guest", "native", "",
                Target.local(), "/scratch", "")), List.of(new BenchmarkSpec("dd", Map.of("size", List.of("1M")),
                Map.of())), new Settings(2, 60)));
        HangingShell shell = new HangingShell();
        AtomicReference<Runnable> ctrlC = new AtomicReference<>();
        AtomicBoolean unregistered = new AtomicBoolean();
        InterruptSource interrupts = handler -> {
            ctrlC.set(handler);
            return () -> unregistered.set(true);
        };

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        VirtImpactCli cli = new VirtImpactCli(new PrintWriter(out, true), new PrintWriter(err, true), env -> shell,
                BenchmarkCatalog.standard(), Clock.systemUTC(), interrupts);

        Future<Integer> status = background.submit(() -> cli.run("run", dir.toString(), "--skip-checks"));
        assertTrue(shell.benchmarkStarted.await(10, TimeUnit.SECONDS), "the benchmark never started");
        ctrlC.get().run();
        String outWhenHandlerReturned = out.toString();

        assertTrue(outWhenHandlerReturned.contains("Cancelled. Run the same command again"),
                "the handler must wait for the run's end: " + outWhenHandlerReturned);
        assertEquals(3, status.get(10, TimeUnit.SECONDS), out + "" + err);
        assertTrue(err.toString().contains("Stopping"), err.toString());
        assertTrue(shell.commands.stream().anyMatch(c -> c.startsWith("rm -f '/scratch/.virtimpact-dd-")),
                "scratch file removed: " + shell.commands);
        assertTrue(unregistered.get(), "the interrupt handler must be removed after the run");
    }

    /** Answers the host probe, then hangs in the benchmark until the run is cancelled. */
    private static final class HangingShell implements Shell {
        final List<String> commands = new CopyOnWriteArrayList<>();
        final CountDownLatch benchmarkStarted = new CountDownLatch(1);

        @Override
        public String describe() {
            return "a hanging test shell";
        }

        @Override
        public CommandResult exec(String command, Duration timeout, CancellationToken cancel) throws ShellException {
            commands.add(command);
            if (command.contains("dd if=/dev/zero")) {
                benchmarkStarted.countDown();
                while (!cancel.isCancelled()) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new ShellException(ShellException.Reason.CANCELLED, "interrupted", e);
                    }
                }
                throw new ShellException(ShellException.Reason.CANCELLED, "Cancelled: " + command);
            }
            return new CommandResult(command, 0, "kernel=Test 1.0\n", "", Duration.ZERO);
        }

        @Override
        public void upload(byte[] content, String path) {
            commands.add("upload " + path);
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
