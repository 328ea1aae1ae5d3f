package org.virtimpact.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.virtimpact.chart.Whiskers;
import org.virtimpact.core.stats.Summary;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.text.Words;

/**
 * {@code summary.md}: one pipe table per metric, for a README, a wiki or a lab notebook, with
 * words and numbers in the study's language.
 */
final class MarkdownTableExporter implements Exporter {

    private final Words words;

    MarkdownTableExporter(Words words) {
        this.words = words;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.MD;
    }

    @Override
    public List<Path> write(Study study, Path dir) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(cell(study.campaign())).append("\n\n");
        double confidence = study.tables().isEmpty() ? study.confidence() : study.tables().get(0).confidence();
        md.append(words.text(Message.of("table.md.legend", "Mean ± {0} confidence interval of the mean"
                + " (Student''s t), with the number of runs n; {1}.", Whiskers.percent(confidence, words),
                study.dates(words)))).append('\n');
        for (SummaryTable t : study.tables()) {
            md.append("\n## ").append(cell(words.device(t.device()) + " — " + t.quantity(words) + ", "
                    + t.benchmark())).append("\n\n");
            String unit = t.unit().isBlank() ? "" : " (" + t.unit() + ")";
            md.append("| ").append(cell(words.text(Message.of("table.cell", "Cell")))).append(" |");
            t.environments().forEach(env -> md.append(' ').append(cell(env + unit)).append(" |"));
            md.append("\n|---|").append("--:|".repeat(t.environments().size())).append('\n');
            for (SummaryTable.Row row : t.rows()) {
                md.append("| ").append(cell(row.cell())).append(" |");
                row.values().forEach(v -> md.append(' ').append(entry(v)).append(" |"));
                md.append('\n');
            }
        }
        Path file = dir.resolve("summary.md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        return List.of(file);
    }

    private String entry(Optional<Summary> value) {
        if (value.isEmpty()) {
            return "–";
        }
        Summary s = value.get();
        return words.decimal(ValueFormat.meanAndHalfWidth(s.mean(), (s.ciHigh() - s.ciLow()) / 2)) + " (n = "
                + (s.n() == 0 ? "?" : s.n()) + ")";
    }

    /** A pipe would end the cell, a backslash escape the next character; a newline would end the row. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ');
    }
}
