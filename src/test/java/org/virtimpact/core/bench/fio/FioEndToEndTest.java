package org.virtimpact.core.bench.fio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.ShellException;

/** The real fio on a few MiB in a temporary folder, run through the local shell as a campaign runs it. */
class FioEndToEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final FioBenchmark fio = new FioBenchmark();
    private final LocalShell shell = new LocalShell();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @TempDir
    Path scratch;

    @AfterEach
    void stopExecutor() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
    }

    private static TestCase cell(String rw, String bs, Map<String, String> extra) {
        Map<String, String> options = new LinkedHashMap<>(Map.of("size", "4M", "direct", "0"));
        options.putAll(extra);
        return new TestCase("fio", Map.of("rw", rw, "bs", bs), options);
    }

    @Test
    void writeThenReadOfAFewMebibytesGiveBandwidthAndLeaveNoFile() throws Exception {
        RunContext context = new RunContext(scratch.toString(), "this-machine.fio.r01", Map.of(), "");

        List<Measurement> write = run(cell("write", "1M", Map.of()), context);
        List<Measurement> read = run(cell("read", "1M", Map.of()), context);

        assertEquals("bw", write.get(0).metric());
        assertTrue(write.get(0).value() > 0, write.toString());
        assertTrue(read.get(0).value() > 0, read.toString());
        assertTrue(read.get(1).value() > 0, "iops " + read);
        assertEquals(List.of(), files(scratch));
    }

    @Test
    void randomMixedRunGivesBothSides() throws Exception {
        RunContext context = new RunContext(scratch.toString(), "mixed", Map.of(), "");

        List<Measurement> samples = run(cell("randrw", "4K", Map.of("size", "2M")), context);

        assertEquals(List.of("bw", "iops", "lat_mean_us", "read_bw", "read_iops", "read_lat_mean_us",
                "write_bw", "write_iops", "write_lat_mean_us"), samples.stream().map(Measurement::metric).toList());
    }

    @Test
    void runsInAHostileScratchFolderWithoutRunningItsName() throws Exception {
        // fio reads ':' in --filename as a list separator, and the dir name is free text in campaign.json
        Path marker = scratch.resolve("pwned");
        Path hostile = Files.createDirectories(scratch.resolve("a:b it's $(touch " + marker + ")"));
        RunContext context = new RunContext(hostile.toString(), "run1", Map.of(), "");

        List<Measurement> samples = run(cell("write", "64K", Map.of("size", "1M")), context);

        assertTrue(samples.get(0).value() > 0);
        assertFalse(Files.exists(marker));
        assertEquals(List.of(), files(hostile));
    }

    @Test
    void stoppedRunRemovesItsFile() throws Exception {
        RunContext context = new RunContext(scratch.toString(), "stopped", Map.of(), "");
        TestCase endless = cell("randread", "4K", Map.of("runtime", "60"));
        CancellationToken cancel = new CancellationToken();
        Path file = scratch.resolve(".virtimpact-fio-stopped");

        Future<?> canceller = executor.submit(() -> {
            waitFor(file);
            cancel.cancel();
            return null;
        });
        ShellException e = assertThrows(ShellException.class,
                () -> shell.exec(fio.command(endless, context), TIMEOUT, cancel));
        canceller.get(10, TimeUnit.SECONDS);

        assertEquals(ShellException.Reason.CANCELLED, e.reason());
        assertEquals(List.of(), files(scratch));
    }

    @Test
    void cleanupRemovesALeftOverFile() throws Exception {
        RunContext context = new RunContext(scratch.toString(), "left", Map.of(), "");
        Path file = Files.writeString(scratch.resolve(".virtimpact-fio-left"), "x");

        CommandResult r = shell.exec(fio.cleanupCommand(cell("read", "4K", Map.of()), context).orElseThrow(),
                TIMEOUT, CancellationToken.none());

        assertEquals(0, r.exitCode(), r.stderr());
        assertFalse(Files.exists(file));
    }

    private List<Measurement> run(TestCase tc, RunContext context) throws Exception {
        assertEquals(List.of(), fio.validate(tc));
        CommandResult result = shell.exec(fio.command(tc, context), TIMEOUT, CancellationToken.none());
        return fio.parse(result, tc);
    }

    private static void waitFor(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // let fio get past laying out the file and into its timed run
        Thread.sleep(500);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }
}
