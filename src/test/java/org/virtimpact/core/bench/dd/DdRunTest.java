package org.virtimpact.core.bench.dd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.virtimpact.core.remote.ShellQuote.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.ShellException;

// Real dd runs through the local shell; the refusals must happen before a byte is written.
class DdRunTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final DdBenchmark dd = new DdBenchmark();
    private final LocalShell shell = new LocalShell();

    @TempDir
    Path dir;

    private CommandResult run(String command) throws ShellException {
        return shell.exec(command, TIMEOUT, CancellationToken.none());
    }

    private boolean root() throws ShellException {
        return run("id -u").stdout().strip().equals("0");
    }

    private static long entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void refusesAFileLargerThanTheFreeSpaceWithoutWritingIt() throws Exception {
        assumeTrue(root(), "mounting a small tmpfs needs root");
        Path small = Files.createDirectories(dir.resolve("vi-small"));
        assumeTrue(run("mount -t tmpfs -o size=4M tmpfs " + quote(small.toString())).succeeded(), "tmpfs mount");
        try {
            TestCase cell = new TestCase("dd", Map.of("size", "16M", "block", "512"), Map.of());
            CommandResult result = run(dd.command(cell, new RunContext(small.toString(), "r1", Map.of(), "")));

            assertEquals(DdCommand.REFUSED, result.exitCode(), result.stderr());
            OutputParseException e = assertThrows(OutputParseException.class, () -> dd.parse(result, cell));
            assertEquals("the 16 MiB test file needs 16384 KiB, only 4096 KiB free in " + small
                    + "; use a smaller size or a scratch folder with more room", e.getMessage());
            assertEquals(0, entries(small), "nothing may be written");
        } finally {
            run("umount " + quote(small.toString()));
        }
    }

    @Test
    void dropCachesWithoutRootFailsSayingWhatToDo() throws Exception {
        TestCase cell = new TestCase("dd", Map.of("size", "64K"), Map.of("read_mode", "drop_caches"));
        String command = dd.command(cell, new RunContext(dir.toString(), "r1", Map.of(), ""));
        if (root()) {
            assumeTrue(run("command -v setpriv").succeeded(), "setpriv drops root for this test");
            command = "setpriv --reuid=65534 --regid=65534 --clear-groups sh -c " + quote(command);
        }

        CommandResult result = run(command);

        assertEquals(DdCommand.REFUSED, result.exitCode(), result.stderr());
        OutputParseException e = assertThrows(OutputParseException.class, () -> dd.parse(result, cell));
        assertTrue(e.getMessage().startsWith("read_mode=drop_caches needs root")
                && e.getMessage().contains("read_mode=direct"), e.getMessage());
        assertEquals(0, entries(dir));
    }

    @Test
    void readOnlyCellTimesOnlyTheReadAndRemovesItsFile() throws Exception {
        TestCase cell = new TestCase("dd", Map.of("size", "256K", "block", "4K"), Map.of("direction", "read"));

        CommandResult result = run(dd.command(cell, new RunContext(dir.toString(), "r1", Map.of(), "")));
        List<Measurement> m = dd.parse(result, cell);

        assertEquals(List.of("read_rate", "read_time"), m.stream().map(Measurement::metric).toList());
        assertTrue(result.stderr().contains("262144 bytes"), result.stderr());
        assertEquals(0, entries(dir));
    }
}
