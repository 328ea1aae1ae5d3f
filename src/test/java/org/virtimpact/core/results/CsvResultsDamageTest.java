package org.virtimpact.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.core.results.Samples.dd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.text.Words;

/** What is left of results.csv after a crash or a hand edit, and how it is read back. */
class CsvResultsDamageTest {

    private final CsvResults csv = new CsvResults();

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("results.csv");
    }

    /** Cuts the file as a crash during a write would: part of the last row, no trailing newline. */
    private void cutMidLastRow() throws IOException {
        String text = Files.readString(file());
        int lastRowStart = text.lastIndexOf('\n', text.length() - 2) + 1;
        Files.writeString(file(), text.substring(0, lastRowStart + 25));
    }

    @Test
    void dropsTornLastLineWithAWarningNamingIt() throws ResultsException, IOException {
        csv.append(file(), List.of(dd("r1", 1)));
        csv.append(file(), List.of(dd("r2", 2)));
        cutMidLastRow();

        ResultSet read = csv.read(file());

        assertEquals(List.of("r1"), read.samples().stream().map(Sample::runId).toList());
        assertEquals(1, read.warnings().size());
        assertTrue(read.warnings().get(0).contains("results.csv line 3"), read.warnings().get(0));
    }

    @Test
    void aTornRowTakesTheRestOfItsRepetitionWithIt() throws ResultsException, IOException {
        // one repetition's rows are appended together; keeping 3 of its 4 rows would make resume
        // think the repetition is done, although the warning promises it runs again
        csv.append(file(), List.of(dd("r1", 1)));
        csv.append(file(), List.of(dd("r2", "write_rate", 1, Map.of()), dd("r2", "write_time", 2, Map.of()),
                dd("r2", "read_rate", 3, Map.of()), dd("r2", "read_time", 4, Map.of())));
        cutMidLastRow();

        ResultSet read = csv.read(file());

        assertEquals(List.of("r1"), read.samples().stream().map(Sample::runId).toList());
        assertTrue(read.warnings().get(0).contains("r2"), read.warnings().get(0));
    }

    @Test
    void theTornLineWarningKeepsItsEnglishWordForWord() throws ResultsException, IOException {
        csv.append(file(), List.of(dd("r1", 1)));
        csv.append(file(), List.of(dd("r2", 2)));
        cutMidLastRow();

        assertEquals(List.of("results.csv line 3 was cut off (the run was interrupted while writing it) and was"
                + " dropped, with the rest of run r2; that repetition will run again on resume"),
                csv.read(file()).warnings());
    }

    @Test
    void theTornLineWarningReadsInPortuguese() throws ResultsException, IOException {
        csv.append(file(), List.of(dd("r1", 1)));
        csv.append(file(), List.of(dd("r2", 2)));
        cutMidLastRow();

        Words portuguese = new Words(Locale.forLanguageTag("pt-BR"));
        assertEquals(List.of("results.csv, linha 3: a linha foi cortada (a execução foi interrompida enquanto a"
                + " gravava) e foi descartada, junto com o restante da execução r2; essa repetição será executada de"
                + " novo ao retomar"), csv.read(file()).warningMessages().stream().map(portuguese::text).toList());
    }

    @Test
    void appendingAfterATornLineDoesNotGlueTheNewRowToTheFragment() throws ResultsException, IOException {
        csv.append(file(), List.of(dd("r1", 1)));
        csv.append(file(), List.of(dd("r2", 2)));
        cutMidLastRow();

        csv.append(file(), List.of(dd("r2", 2)));

        ResultSet read = csv.read(file());
        assertEquals(List.of(dd("r1", 1), dd("r2", 2)), read.samples());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aCutInsideAMultiByteCharacterIsStillJustATornLine() throws ResultsException, IOException {
        // environment names may hold letters such as ü, two bytes in UTF-8; a crash can split them
        Sample kueche = new Sample("k1", Samples.T0, "Küche", "Disk", "dd", "write_rate", 1, "MB/s", 1, Sample.OK,
                Map.of());
        csv.append(file(), List.of(dd("r1", 1)));
        csv.append(file(), List.of(kueche));
        byte[] bytes = Files.readAllBytes(file());
        int u = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf("K") + 2;
        Files.write(file(), java.util.Arrays.copyOf(bytes, u));

        assertEquals(List.of(dd("r1", 1)), csv.read(file()).samples());
        csv.append(file(), List.of(kueche));
        assertEquals(List.of(dd("r1", 1), kueche), csv.read(file()).samples());
    }

    @Test
    void anEmptyFileIsAnEmptyResultSetThatCanBeAppendedTo() throws ResultsException, IOException {
        Files.writeString(file(), "");

        assertTrue(csv.read(file()).samples().isEmpty());
        csv.append(file(), List.of(dd("r1", 1)));
        assertEquals(List.of(dd("r1", 1)), csv.read(file()).samples());
    }

    @Test
    void aWrongHeaderIsRefused() throws IOException {
        Files.writeString(file(), "when,what,value\n2026-01-01T00:00:00Z,x,1\n");

        ResultsException e = assertThrows(ResultsException.class, () -> csv.read(file()));

        assertTrue(e.getMessage().contains("does not start with the columns run_id,timestamp"), e.getMessage());
    }

    @Test
    void aNonNumericValueNamesItsLine() throws ResultsException, IOException {
        csv.append(file(), List.of(dd("r1", 1), dd("r2", 2)));
        Files.writeString(file(), Files.readString(file()).replace(",2,MB/s,", ",two,MB/s,"));

        ResultsException e = assertThrows(ResultsException.class, () -> csv.read(file()));

        assertTrue(e.getMessage().startsWith("results.csv line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("two"), e.getMessage());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesItsLine() throws ResultsException, IOException {
        csv.append(file(), List.of(dd("r1", 1)));
        Files.writeString(file(), "x,y\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        ResultsException e = assertThrows(ResultsException.class, () -> csv.read(file()));

        assertTrue(e.getMessage().startsWith("results.csv line 3 has 2 fields"), e.getMessage());
    }

    @Test
    void aBadTimestampNamesItsLine() throws ResultsException, IOException {
        csv.append(file(), List.of(dd("r1", 1)));
        Files.writeString(file(), Files.readString(file()).replace("2026-01-02T03:04:05.123Z", "yesterday"));

        ResultsException e = assertThrows(ResultsException.class, () -> csv.read(file()));

        assertTrue(e.getMessage().startsWith("results.csv line 2"), e.getMessage());
    }
}
