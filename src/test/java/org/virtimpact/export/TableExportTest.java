package org.virtimpact.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.export.ExportFixtures.HVM;
import static org.virtimpact.export.ExportFixtures.PV;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summary tables for spreadsheets, LaTeX and Markdown. */
class TableExportTest {

    @TempDir
    Path dir;
    private static Study study;

    @BeforeAll
    static void study() throws Exception {
        study = ExportFixtures.study(ChartSelection.headlines());
    }

    private String write(ExportFormat format) throws Exception {
        List<Path> files = Exporters.forSlides(FigureOptions.slides()).get(format).write(study, dir);
        assertEquals(1, files.size());
        return Files.readString(files.get(0));
    }

    @Test
    void csvHasOneRowPerEnvironmentAndCellWithTheInterval() throws Exception {
        write(ExportFormat.CSV);
        try (Reader in = Files.newBufferedReader(dir.resolve("summary.csv"));
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
            assertEquals(CsvTableExporter.HEADER, csv.getHeaderNames());
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(4 + 2 + 2, rows.size(), "write 2×2, read 1×2, copy 2×1");
            CSVRecord pv8 = rows.get(0);
            assertEquals(List.of(PV, "size=8M", "MB/s", "5", "120"), List.of(pv8.get("environment"),
                    pv8.get("cell"), pv8.get("unit"), pv8.get("n"), pv8.get("mean")));
            double half = Double.parseDouble(pv8.get("ci_half_width"));
            assertEquals(120 - half, Double.parseDouble(pv8.get("ci_low")), 1e-9);
            assertEquals("0.95", pv8.get("confidence"));
        }
    }

    @Test
    void csvNumbersIgnoreTheLocale() throws Exception {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertTrue(write(ExportFormat.CSV).contains(",9000,"));
            assertTrue(Files.readString(dir.resolve("summary.csv")).contains(",120,"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void latexTablesUseBooktabsAndEscapeLabels() throws Exception {
        String tex = write(ExportFormat.TEX);
        assertTrue(tex.contains("\\toprule") && tex.contains("\\midrule") && tex.contains("\\bottomrule"), tex);
        assertTrue(tex.contains("\\multicolumn{2}{c}{Write throughput (MB/s)}"), tex);
        assertTrue(tex.contains("Cell & Xen PV & Xen\\_HVM guest \\\\"), tex);
        assertTrue(tex.contains("size=8M & $120.0 \\pm 2.0$ (5) & $100.0 \\pm 5.9$ (5) \\\\"), tex);
        assertTrue(tex.contains("Mean $\\pm$ 95\\,\\% confidence interval"), tex);
        assertEquals(3, tex.split("\\\\begin\\{table\\}", -1).length - 1);
    }

    @Test
    void markdownTablesPutUnitsInTheHeader() throws Exception {
        String md = write(ExportFormat.MD);
        assertTrue(md.contains("## Disk — Write throughput (MB/s), dd"), md);
        assertTrue(md.contains("| Cell | " + PV + " (MB/s) | " + HVM + " (MB/s) |"), md);
        assertTrue(md.contains("| size=8M | 120.0 ± 2.0 (n = 5) | 100.0 ± 5.9 (n = 5) |"), md);
        assertTrue(md.contains("|---|--:|--:|"), md);
    }
}
