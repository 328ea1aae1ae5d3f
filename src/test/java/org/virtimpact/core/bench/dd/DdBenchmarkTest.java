package org.virtimpact.core.bench.dd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;

class DdBenchmarkTest {

    private final DdBenchmark dd = new DdBenchmark();
    private final RunContext context = new RunContext("/scratch", "run1", Map.of(), "");

    private static TestCase cell(Map<String, String> options) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("size", "1M");
        params.put("block", "512");
        return new TestCase("dd", params, options);
    }

    private static CommandResult capture(String name) throws IOException {
        try (InputStream in = DdBenchmarkTest.class.getResourceAsStream("/org/virtimpact/bench/dd/" + name)) {
            return CommandResult.ofOutput("", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> metrics(List<Measurement> measurements) {
        return measurements.stream().map(Measurement::metric).toList();
    }

    @Test
    void aLoneWriteNamedByTheCellsDirectionGivesWriteMetrics() throws Exception {
        List<Measurement> m = dd.parse(capture("write-only-8M.txt"), cell(Map.of("direction", "write")));

        assertEquals(List.of("write_rate", "write_time"), metrics(m));
        assertEquals(8388608 / 0.0293518 / 1e6, m.get(0).value(), 1e-9);
    }

    @Test
    void aLoneTransferWithoutDirectionGivesRateAndTime() throws Exception {
        List<Measurement> m = dd.parse(capture("read-only-256M-bs1M.txt"), new TestCase("dd", Map.of(), Map.of()));

        assertEquals(List.of("rate", "time"), metrics(m));
    }

    @Test
    void aCellThatOnlyReadsRefusesALogWithTwoTransfers() throws IOException {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> dd.parse(capture("write-read-8M.txt"), cell(Map.of("direction", "read"))));

        assertTrue(e.getMessage().contains("expected one dd summary") && e.getMessage().contains("found 2"),
                e.getMessage());
    }

    @Test
    void aCellThatWritesAndReadsRefusesALoneTransfer() throws IOException {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> dd.parse(capture("write-only-8M.txt"), cell(Map.of("direction", "both"))));

        assertTrue(e.getMessage().contains("found 1"), e.getMessage());
    }

    @Test
    void busyboxWithoutTimingIsRefusedWithTheReasonNotGuessed() throws IOException {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> dd.parse(capture("busybox-1.35-debian-write-read-8M.txt"), cell(Map.of())));

        assertTrue(e.getMessage().contains("no byte count and no time"), e.getMessage());
    }

    @Test
    void directWriteAndDirectReadBypassThePageCache() {
        String command = dd.command(cell(Map.of("write_sync", "direct", "read_mode", "direct")), context);

        assertTrue(command.contains("count=2048 oflag=direct || exit $?"), command);
        assertTrue(command.endsWith("of=/dev/null bs=512 iflag=direct"), command);
        assertFalse(command.contains("fdatasync"), command);
    }

    @Test
    void unsyncedWriteHasNoFlushFlag() {
        String command = dd.command(cell(Map.of("write_sync", "none")), context);

        assertTrue(command.contains("count=2048 || exit $?"), command);
    }

    @Test
    void dropCachesIsCheckedBeforeTheWriteAndDoneBeforeTheRead() {
        String command = dd.command(cell(Map.of("read_mode", "drop_caches")), context);

        int check = command.indexOf("[ ! -w /proc/sys/vm/drop_caches ]");
        int write = command.indexOf("if=/dev/zero");
        int drop = command.indexOf("echo 3 > /proc/sys/vm/drop_caches");
        int read = command.indexOf("of=/dev/null");
        assertTrue(check >= 0 && check < write && write < drop && drop < read, command);
    }

    @Test
    void writeOnlyCellNeverReads() {
        String command = dd.command(cell(Map.of("direction", "write")), context);

        assertFalse(command.contains("of=/dev/null"), command);
    }

    @Test
    void settingsMayBeAxesAsWellAsOptions() {
        TestCase axis = new TestCase("dd", Map.of("size", "1M", "write_sync", "direct"), Map.of());

        assertTrue(dd.command(axis, context).contains("oflag=direct"));
    }

    @Test
    void needsOnlyDdOnTheTargetBecauseTheFreeSpaceCheckIsOptional() {
        assertEquals(List.of("dd"), dd.requiredTools(cell(Map.of())));
    }

    @Test
    void refusesUnknownSettingValuesNamingTheChoices() {
        List<String> problems = dd.validate(cell(Map.of("write_sync", "fsync", "read_mode", "uncached",
                "direction", "up")));

        assertEquals(List.of("dd write_sync 'fsync' must be one of fdatasync, direct, none",
                "dd read_mode 'uncached' must be one of cached, drop_caches, direct",
                "dd direction 'up' must be one of both, write, read"), problems);
    }

    @Test
    void freeSpaceIsCheckedForTheWholeFileInKibibytes() {
        String command = dd.command(new TestCase("dd", Map.of("size", "4G"), Map.of()), context);

        assertTrue(command.contains("if [ \"$avail\" -lt 4194304 ]"), command);
        assertTrue(command.indexOf("df -Pk") < command.indexOf("if=/dev/zero"), command);
    }
}
