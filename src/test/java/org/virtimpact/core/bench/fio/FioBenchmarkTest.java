package org.virtimpact.core.bench.fio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.TestCase;

// Command building and validation; the parser has golden files and the tool an end-to-end test.
class FioBenchmarkTest {

    private final FioBenchmark fio = new FioBenchmark();
    private final RunContext context = new RunContext("/scratch", "env.fio.r01", Map.of(), "");

    private static TestCase cell(String rw, String bs, Map<String, String> options) {
        return new TestCase("fio", Map.of("rw", rw, "bs", bs), options);
    }

    @Test
    void defaultsToOneGibibyteOfDirectPsyncIoInTheScratchDir() {
        String command = fio.command(cell("randread", "4K", Map.of()), context);

        assertTrue(command.startsWith("d='/scratch'; f=\"$d\"/.virtimpact-fio-env.fio.r01; "), command);
        assertTrue(command.endsWith("cd \"$d\" && fio --name=virtimpact --filename=.virtimpact-fio-env.fio.r01"
                + " --rw='randread' --bs=4096 --size=1073741824 --direct=1 --ioengine='psync' --output-format=json"),
                command);
    }

    @Test
    void runtimeMakesTheJobTimeBased() {
        String command = fio.command(cell("write", "1M", Map.of("runtime", "30", "direct", "0", "size", "64M")),
                context);

        assertTrue(command.contains("--bs=1048576 --size=67108864 --direct=0 --ioengine='psync' --runtime=30"
                + " --time_based --output-format=json"), command);
    }

    @Test
    void removesItsFileOnExitAndOnSignals() {
        String command = fio.command(cell("write", "1M", Map.of()), context);

        assertTrue(command.contains("trap 'rm -f \"$f\"' EXIT; trap 'rm -f \"$f\"; exit 143' INT TERM HUP"), command);
    }

    @Test
    void cleanupRemovesExactlyItsOwnFile() {
        String cleanup = fio.cleanupCommand(cell("read", "4K", Map.of()), new RunContext("/s p", "r1", Map.of(), ""))
                .orElseThrow();

        assertEquals("rm -f '/s p/.virtimpact-fio-r1'", cleanup);
    }

    @Test
    void acceptsEveryDocumentedAccessPattern() {
        for (String rw : List.of("read", "write", "randread", "randwrite", "randrw")) {
            assertEquals(List.of(), fio.validate(cell(rw, "4K", Map.of())), rw);
        }
    }

    @Test
    void refusesAnUnknownAccessPatternAndBadOptionsEachWithItsValue() {
        List<String> problems = fio.validate(cell("trim", "4K", Map.of("direct", "2", "ioengine", "libaio; reboot",
                "runtime", "0", "size", "1G")));

        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("fio rw 'trim'"), problems.get(0));
        assertTrue(problems.get(1).contains("fio direct '2'"), problems.get(1));
        assertTrue(problems.get(2).contains("'libaio; reboot'"), problems.get(2));
        assertTrue(problems.get(3).contains("fio runtime '0'"), problems.get(3));
    }

    @Test
    void refusesAFileSmallerThanOneBlock() {
        List<String> problems = fio.validate(cell("read", "1M", Map.of("size", "512K")));

        assertEquals(List.of("fio file size 512K is smaller than one block of 1M"), problems);
    }

    @Test
    void refusesADirectBlockSizeThatIsNotWholeSectors() {
        assertEquals(1, fio.validate(cell("write", "1000", Map.of())).size());
        assertEquals(List.of(), fio.validate(cell("write", "1000", Map.of("direct", "0"))));
    }
}
