package org.virtimpact.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.virtimpact.chart.Whiskers;
import org.virtimpact.core.stats.Summary;

/**
 * {@code summary.tex}: one booktabs table per metric, cells down, environments across, each
 * entry "mean ± half-width (n)". Every label is escaped, so it compiles whatever it says.
 */
final class LatexTableExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.TEX;
    }

    @Override
    public List<Path> write(Study study, Path dir) throws IOException {
        StringBuilder tex = new StringBuilder();
        tex.append("% ").append(study.campaign().replace('\n', ' ')).append(": summary tables written by VirtImpact, ")
                .append(study.dates()).append(".\n% Needs \\usepackage{booktabs} in the preamble.\n");
        for (SummaryTable table : study.tables()) {
            tex.append('\n');
            table(tex, table);
        }
        Path file = dir.resolve("summary.tex");
        Files.writeString(file, tex, StandardCharsets.UTF_8);
        return List.of(file);
    }

    private static void table(StringBuilder tex, SummaryTable t) {
        int envs = t.environments().size();
        tex.append("\\begin{table}[htbp]\n  \\centering\n  \\caption{")
                .append(TexText.escape(t.device() + ", " + t.benchmark() + ": " + t.quantity()))
                .append(". Mean $\\pm$ ").append(TexText.escape(Whiskers.percent(t.confidence())).replace(" ", "\\,"))
                .append(" confidence interval of the mean (number of runs).}\n")
                .append("  \\label{tab:").append(FileNames.slug(t.device() + "-" + t.benchmark() + "-" + t.metric()))
                .append("}\n  \\begin{tabular}{@{}l").append("r".repeat(envs)).append("@{}}\n    \\toprule\n")
                .append("    & \\multicolumn{").append(envs).append("}{c}{").append(TexText.escape(t.quantity()))
                .append("} \\\\\n    \\cmidrule(l){2-").append(envs + 1).append("}\n    Cell");
        t.environments().forEach(env -> tex.append(" & ").append(TexText.escape(env)));
        tex.append(" \\\\\n    \\midrule\n");
        for (SummaryTable.Row row : t.rows()) {
            tex.append("    ").append(TexText.escape(row.cell()));
            row.values().forEach(v -> tex.append(" & ").append(entry(v)));
            tex.append(" \\\\\n");
        }
        tex.append("    \\bottomrule\n  \\end{tabular}\n\\end{table}\n");
    }

    private static String entry(Optional<Summary> value) {
        if (value.isEmpty()) {
            return "--";
        }
        Summary s = value.get();
        ValueFormat.Rounded r = ValueFormat.round(s.mean(), (s.ciHigh() - s.ciLow()) / 2);
        String number = r.hasHalfWidth() ? "$" + r.mean() + " \\pm " + r.halfWidth() + "$" : "$" + r.mean() + "$";
        return number + " (" + (s.n() == 0 ? "?" : s.n()) + ")";
    }
}
