package org.virtimpact.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.core.results.Samples.T0;
import static org.virtimpact.core.results.Samples.dd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvResultsTest {

    private static final Locale ORIGINAL_LOCALE = Locale.getDefault();

    private final CsvResults csv = new CsvResults();

    @TempDir
    Path dir;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(ORIGINAL_LOCALE);
    }

    private Path file() {
        return dir.resolve("results.csv");
    }

    @Test
    void appendThenReadGivesTheSameSamplesWithExactValues() throws ResultsException {
        List<Sample> written = List.of(dd("r1", 0.1), dd("r2", 1e-7), dd("r3", 123456789.123));

        csv.append(file(), written);

        assertEquals(written, csv.read(file()).samples());
    }

    @Test
    void successiveAppendsAccumulateUnderOneHeader() throws ResultsException, IOException {
        csv.append(file(), List.of(dd("r1", 1)));
        csv.append(file(), List.of(dd("r2", 2)));

        assertEquals(List.of("r1", "r2"), csv.read(file()).samples().stream().map(Sample::runId).toList());
        assertEquals(1, Files.readAllLines(file()).stream().filter(l -> l.startsWith("run_id,")).count());
    }

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource({"0.1, 0.1", "1e-7, 0.0000001", "123456789.123, 123456789.123", "1e21, 1000000000000000000000",
            "2.0, 2", "-3.5, -3.5"})
    void writesNumbersPlainWithADotAndNoExponent(double value, String expected) {
        assertEquals(expected, CsvResults.number(value));
    }

    @Test
    void writesAndReadsTheSameUnderAGermanDefaultLocale() throws ResultsException, IOException {
        // a German locale writes 0,1 with String.format or NumberFormat, which would split the CSV field
        Locale.setDefault(Locale.GERMANY);
        List<Sample> written = List.of(dd("r1", 0.1), dd("r2", 1234567.5));

        csv.append(file(), written);

        String text = Files.readString(file());
        assertTrue(text.contains(",0.1,") && text.contains(",1234567.5,"), text);
        assertEquals(written, csv.read(file()).samples());
    }

    @Test
    void writesTheTimestampAsIsoInstant() throws ResultsException, IOException {
        csv.append(file(), List.of(dd("r1", 1)));

        assertTrue(Files.readString(file()).contains("2026-01-02T03:04:05.123Z"));
    }

    @Test
    void startsWithTheFixedColumnsThenTheAxes() throws ResultsException, IOException {
        csv.append(file(), List.of(dd("r1", "write_rate", 1, Map.of("size", "1M"))));

        assertEquals(String.join(",", CsvResults.FIXED) + ",size", Files.readAllLines(file()).get(0));
    }

    @Test
    void wideningTheHeaderForANewAxisKeepsTheOldRows() throws ResultsException, IOException {
        Sample old = dd("r1", "write_rate", 1, Map.of("size", "1M"));
        Sample membw = new Sample("m1", T0, "native", "Memory", "membw", "copy", 9000.5, "MB/s", 1, Sample.OK,
                Map.of("array", "64M"));
        csv.append(file(), List.of(old));

        csv.append(file(), List.of(membw));

        assertEquals(List.of(old, membw), csv.read(file()).samples());
        assertTrue(Files.readAllLines(file()).get(0).endsWith(",size,array"));
        assertFalse(Files.exists(dir.resolve("results.csv.tmp")), "the rewrite must not leave its temp file");
    }

    @Test
    void commasQuotesAndNewlinesInTextFieldsRoundTrip() throws ResultsException {
        // environment names from imports are free text, and axis values are whatever the researcher typed
        Map<String, String> axes = new LinkedHashMap<>();
        axes.put("label", "a,b \"quoted\" 'single'");
        axes.put("note", "two\nlines");
        Sample tricky = new Sample("r1", T0, "Xen, \"PV\" guest", "Disk", "dd", "write_rate", 42.5, "MB/s", 3,
                Sample.OK, axes);

        csv.append(file(), List.of(tricky));

        assertEquals(List.of(tricky), csv.read(file()).samples());
    }

    @Test
    void anAxisNameNeedingQuotesSurvivesFurtherAppends() throws ResultsException, IOException {
        // axis names come from campaign.json keys, so they can hold a comma like any other text
        Map<String, String> axes = Map.of("size, per file", "1M");
        csv.append(file(), List.of(dd("r1", "write_rate", 1, axes)));

        csv.append(file(), List.of(dd("r2", "write_rate", 2, axes)));

        assertEquals(List.of(dd("r1", "write_rate", 1, axes), dd("r2", "write_rate", 2, axes)),
                csv.read(file()).samples());
        assertTrue(Files.readAllLines(file()).get(0).endsWith(",status,\"size, per file\""));
    }

    @Test
    void keepsNonOkStatusesOnRead() throws ResultsException {
        Sample failed = new Sample("r1", T0, "native", "Disk", "dd", "write_rate", 0, "MB/s", 1, "failed", Map.of());

        csv.append(file(), List.of(failed));

        assertEquals("failed", csv.read(file()).samples().get(0).status());
    }

    @Test
    void aMissingFileIsAnEmptyResultSet() throws ResultsException {
        ResultSet read = csv.read(file());

        assertTrue(read.samples().isEmpty() && read.warnings().isEmpty());
    }
}
