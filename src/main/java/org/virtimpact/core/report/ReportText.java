package org.virtimpact.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code virtimpact report} as text (aligned columns) or Markdown (pipe tables): per device the
 * cells, then the impact table in English and Portuguese, then the warnings.
 */
public final class ReportText {

    public enum Style { TEXT, MARKDOWN }

    private final ReportTables tables = new ReportTables();

    public String format(Report report, Style style) {
        boolean md = style == Style.MARKDOWN;
        StringBuilder out = new StringBuilder();
        out.append(md ? "# " : "").append(report.campaign()).append("\n\n");
        out.append("Baseline: ").append(report.baseline()).append(". Confidence ")
                .append(ReportTables.num(report.settings().confidence() * 100)).append(" %, practical threshold ")
                .append(ReportTables.num(report.settings().threshold() * 100)).append(" %, ")
                .append(report.settings().view() == org.virtimpact.core.stats.ComparisonSettings.View.MEANS
                        ? "means: Fieller CI of the ratio, Welch t-test" : "medians: Mann-Whitney U test")
                .append(", Holm-corrected per device.\n");
        for (String device : report.devices()) {
            out.append('\n').append(md ? "## " + device : "== " + device + " ==").append("\n\n");
            List<List<String>> rows = new ArrayList<>();
            rows.add(ReportTables.HEADER);
            rows.addAll(tables.rows(report, device));
            out.append(md ? markdown(rows) : aligned(rows));
        }
        out.append('\n').append(md ? "## Impact" : "== Impact ==").append(" (against ").append(report.baseline())
                .append(")\n\n");
        for (ImpactRow row : report.impact().rows()) {
            for (String lang : List.of(ImpactRow.ENGLISH, ImpactRow.PORTUGUESE)) {
                String note = row.edit(lang).isEmpty() ? "" : row.stale(lang)
                        ? " [edited; STALE: the data changed after this was written]" : " [edited]";
                out.append(md ? "- " : "  ").append(row.sentence(lang)).append(note).append('\n');
            }
        }
        List<String> warnings = tables.warningLines(report);
        if (!warnings.isEmpty()) {
            out.append('\n').append(md ? "## Warnings" : "== Warnings ==").append("\n\n");
            warnings.forEach(w -> out.append(md ? "- " : "  ").append(w).append('\n'));
        }
        return out.toString();
    }

    private static String aligned(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        rows.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                line.append(String.format("%-" + widths[i] + "s", r.get(i))).append(i + 1 < r.size() ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String markdown(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            out.append("| ").append(String.join(" | ", rows.get(i).stream().map(c -> c.replace("|", "\\|")).toList()))
                    .append(" |\n");
            if (i == 0) {
                out.append("|").append("---|".repeat(rows.get(0).size())).append('\n');
            }
        }
        return out.toString();
    }
}
