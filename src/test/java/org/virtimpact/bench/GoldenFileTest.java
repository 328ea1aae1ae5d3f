package org.virtimpact.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.virtimpact.cli.SavedOutput;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;

/**
 * Every captured real output under {@code org/virtimpact/bench/TOOL/} against what it must give:
 * {@code NAME.expected.csv} (metric,value,unit) or {@code NAME.error.txt} (a piece of the one-line
 * error). A capture holds the stream its tool reports on, read through {@link SavedOutput} exactly
 * as {@code virtimpact parse} reads it. How each capture was made is in the folder's SOURCES.md.
 */
class GoldenFileTest {

    private static final double RELATIVE_TOLERANCE = 1e-9;
    private static final String EXPECTED = ".expected.csv";
    private static final String ERROR = ".error.txt";
    private static final BenchmarkCatalog CATALOG = BenchmarkCatalog.standard();

    static Stream<Named<Path>> captures() throws IOException, URISyntaxException {
        Path root = root();
        return capturePaths().stream().map(p -> Named.of(root.relativize(p).toString(), p));
    }

    private static List<Path> capturePaths() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().endsWith(ERROR))
                    .sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void parserTurnsCaptureIntoExpectedSamplesOrError(Path capture) throws IOException {
        Benchmark benchmark = CATALOG.get(capture.getParent().getFileName().toString());
        Path expectedCsv = sibling(capture, EXPECTED);
        Path expectedError = sibling(capture, ERROR);
        assertTrue(Files.exists(expectedCsv) ^ Files.exists(expectedError),
                capture + " needs exactly one of " + expectedCsv.getFileName() + " or " + expectedError.getFileName());
        CommandResult result = SavedOutput.of(benchmark, Files.readString(capture, StandardCharsets.UTF_8));
        TestCase testCase = new TestCase(benchmark.id(), Map.of(), Map.of());
        if (Files.exists(expectedCsv)) {
            List<Measurement> actual = assertParses(benchmark, result, testCase, capture);
            assertSamples(readExpected(expectedCsv), actual, capture);
        } else {
            String wanted = Files.readString(expectedError, StandardCharsets.UTF_8).strip();
            OutputParseException e = assertThrows(OutputParseException.class,
                    () -> benchmark.parse(result, testCase), capture + " must be refused");
            assertTrue(e.getMessage().contains(wanted), "error for " + capture.getFileName() + " was: " + e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "the error must be one line: " + e.getMessage());
        }
    }

    @Test
    void everyCaptureFolderIsAKnownToolWithSourcesAndCaptures() throws IOException, URISyntaxException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(root())) {
            folders = list.filter(Files::isDirectory).filter(GoldenFileTest::holdsCaptures).toList();
        }
        assertFalse(folders.isEmpty(), "no capture folders found under " + root());
        for (Path folder : folders) {
            String tool = folder.getFileName().toString();
            assertTrue(CATALOG.find(tool).isPresent(), tool + " is not a benchmark id");
            assertTrue(Files.exists(folder.resolve("SOURCES.md")), tool + " has no SOURCES.md");
            assertTrue(capturePaths().stream().anyMatch(p -> p.getParent().equals(folder)
                    && Files.exists(sibling(p, EXPECTED))), tool + " has no successful capture");
        }
    }

    /** Test classes share this folder on the class path (e.g. bench/perf); only data folders count. */
    private static boolean holdsCaptures(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> !p.getFileName().toString().endsWith(".class"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Measurement> assertParses(Benchmark b, CommandResult r, TestCase tc, Path capture) {
        try {
            return b.parse(r, tc);
        } catch (OutputParseException e) {
            throw new AssertionError(capture + " should parse but gave: " + e.getMessage(), e);
        }
    }

    private static void assertSamples(List<CSVRecord> expected, List<Measurement> actual, Path capture) {
        assertEquals(expected.size(), actual.size(), "number of samples from " + capture.getFileName());
        for (int i = 0; i < expected.size(); i++) {
            CSVRecord want = expected.get(i);
            Measurement got = actual.get(i);
            String where = capture.getFileName() + " sample " + (i + 1);
            assertEquals(want.get("metric"), got.metric(), where);
            assertEquals(want.get("unit"), got.unit(), where);
            double value = Double.parseDouble(want.get("value"));
            assertEquals(value, got.value(), Math.abs(value) * RELATIVE_TOLERANCE, where + " (" + got.metric() + ")");
        }
    }

    private static List<CSVRecord> readExpected(Path csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = format.parse(reader).getRecords();
            assertFalse(records.isEmpty(), csv + " has no rows");
            return records;
        }
    }

    private static Path sibling(Path capture, String suffix) {
        String name = capture.getFileName().toString();
        return capture.resolveSibling(name.substring(0, name.length() - ".txt".length()) + suffix);
    }

    private static Path root() throws URISyntaxException {
        return Path.of(GoldenFileTest.class.getResource("/org/virtimpact/bench").toURI());
    }
}
