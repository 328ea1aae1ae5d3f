package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultsException;

/** A damaged results.csv, told in the person's language with its file and line. */
class ResultsFileExplainTest {

    private static final Texts PORTUGUESE = Texts.forLocale(Language.PORTUGUESE.bundleLocale());
    private static final String HEADER = String.join(",", CsvResults.FIXED) + "\n";
    private static final String ROW = "r1,2026-01-01T00:00:00Z,xen,Disk,dd,write_rate,1.5,MB/s,1,ok\n";

    @TempDir
    Path dir;

    private ResultsException damaged(String text) throws Exception {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, text);
        return assertThrows(ResultsException.class, () -> new CsvResults().read(file));
    }

    @Test
    void aRowWithTooFewFieldsIsExplainedInPortuguese() throws Exception {
        ResultsException e = damaged(HEADER + ROW + "r2,2026-01-01T00:00:00Z,xen\n");
        assertEquals("results.csv line 3 has 3 fields; the header has 10", e.getMessage());
        assertEquals("results.csv, linha 3: tem 3 campos; o cabeçalho tem 10", PORTUGUESE.explain(e));
    }

    @Test
    void aFileWithoutTheColumnsIsExplainedInPortuguese() throws Exception {
        ResultsException e = damaged("a,b\n1,2\n");
        assertEquals("results.csv não começa com as colunas " + String.join(",", CsvResults.FIXED)
                + "; não é um arquivo de resultados do VirtImpact", PORTUGUESE.explain(e));
    }
}
