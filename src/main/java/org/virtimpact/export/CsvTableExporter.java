package org.virtimpact.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.stats.Summary;

/**
 * {@code summary.csv}: one row per environment and cell of every metric, full precision, for a
 * spreadsheet or a plotting script. Numbers use '.' in every locale; an unknown figure is empty.
 */
final class CsvTableExporter implements Exporter {

    static final List<String> HEADER = List.of("device", "benchmark", "metric", "metric_title", "unit", "cell",
            "environment", "n", "mean", "ci_low", "ci_high", "ci_half_width", "confidence", "sd", "source");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public List<Path> write(Study study, Path dir) throws IOException {
        Path file = dir.resolve("summary.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(HEADER);
            for (SummaryTable table : study.tables()) {
                for (SummaryTable.Row row : table.rows()) {
                    for (int i = 0; i < table.environments().size(); i++) {
                        Optional<Summary> value = row.values().get(i);
                        if (value.isPresent()) {
                            csv.printRecord(record(table, row.cell(), table.environments().get(i), value.get()));
                        }
                    }
                }
            }
        }
        return List.of(file);
    }

    private static List<String> record(SummaryTable table, String cell, String environment, Summary s) {
        return List.of(table.device(), table.benchmark(), table.metric(), table.metricTitle(), table.unit(), cell,
                environment, s.n() == 0 ? "" : Integer.toString(s.n()), num(s.mean()), num(s.ciLow()), num(s.ciHigh()),
                num((s.ciHigh() - s.ciLow()) / 2), num(s.confidence()), num(s.sd()),
                s.isPublished() ? "published" : "measured");
    }

    private static String num(double v) {
        return Double.isFinite(v) ? CsvResults.number(v) : "";
    }
}
