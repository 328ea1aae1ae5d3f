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
 * {@code summary.tex}: one booktabs table per metric, cells down, environments across, each
 * entry "mean ± half-width (n)". Every label is escaped, so it compiles whatever it says. Words
 * and numbers are in the study's language; a decimal comma is written {@code {,}} in math mode,
 * where a bare one would be followed by a space.
 */
final class LatexTableExporter implements Exporter {

    private final Words words;

    LatexTableExporter(Words words) {
        this.words = words;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.TEX;
    }

    @Override
    public List<Path> write(Study study, Path dir) throws IOException {
        StringBuilder tex = new StringBuilder();
        tex.append("% ").append(words.text(Message.of("table.tex.comment", "{0}: summary tables written by"
                + " VirtImpact, {1}.", study.campaign().replace('\n', ' '), study.dates(words)))).append("\n% ")
                .append(words.text(Message.of("table.tex.booktabs", "Needs {0} in the preamble.",
                        "\\usepackage{booktabs}"))).append('\n');
        for (SummaryTable table : study.tables()) {
            tex.append('\n');
            table(tex, table);
        }
        Path file = dir.resolve("summary.tex");
        Files.writeString(file, tex, StandardCharsets.UTF_8);
        return List.of(file);
    }

    private void table(StringBuilder tex, SummaryTable t) {
        int envs = t.environments().size();
        String level = TexText.escape(Whiskers.percent(t.confidence(), words));
        String caption = TexText.escape(words.text(Message.of("table.tex.caption", "{0}, {1}: {2}. Mean ± {3}"
                + " confidence interval of the mean (number of runs).", words.device(t.device()), t.benchmark(),
                t.quantity(words), Whiskers.percent(t.confidence(), words))))
                // a thin space, never a line break, between the number and its per cent sign
                .replace(level, level.replace(" ", "\\,"));
        tex.append("\\begin{table}[htbp]\n  \\centering\n  \\caption{").append(caption).append("}\n")
                .append("  \\label{tab:").append(FileNames.slug(t.device() + "-" + t.benchmark() + "-" + t.metric()))
                .append("}\n  \\begin{tabular}{@{}l").append("r".repeat(envs)).append("@{}}\n    \\toprule\n")
                .append("    & \\multicolumn{").append(envs).append("}{c}{").append(TexText.escape(t.quantity(words)))
                .append("} \\\\\n    \\cmidrule(l){2-").append(envs + 1).append("}\n    ")
                .append(TexText.escape(words.text(Message.of("table.cell", "Cell"))));
        t.environments().forEach(env -> tex.append(" & ").append(TexText.escape(env)));
        tex.append(" \\\\\n    \\midrule\n");
        for (SummaryTable.Row row : t.rows()) {
            tex.append("    ").append(TexText.escape(row.cell()));
            row.values().forEach(v -> tex.append(" & ").append(entry(v)));
            tex.append(" \\\\\n");
        }
        tex.append("    \\bottomrule\n  \\end{tabular}\n\\end{table}\n");
    }

    private String entry(Optional<Summary> value) {
        if (value.isEmpty()) {
            return "--";
        }
        Summary s = value.get();
        ValueFormat.Rounded r = ValueFormat.round(s.mean(), (s.ciHigh() - s.ciLow()) / 2);
        String number = r.hasHalfWidth() ? "$" + math(r.mean()) + " \\pm " + math(r.halfWidth()) + "$"
                : "$" + math(r.mean()) + "$";
        return number + " (" + (s.n() == 0 ? "?" : s.n()) + ")";
    }

    private String math(String number) {
        return words.decimal(number).replace(",", "{,}");
    }
}
