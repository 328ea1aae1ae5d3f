package org.virtimpact.core.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.virtimpact.core.stats.Comparison;
import org.virtimpact.core.stats.Summary;

/**
 * The report as rows of short display strings, shared by the text and Markdown formats (and
 * usable by any other table): four significant digits, "–" where a figure cannot be known.
 */
public final class ReportTables {

    public static final List<String> HEADER = List.of("environment", "cell", "metric", "unit", "n", "mean",
            "CI", "sd", "CV", "median", "ratio", "ratio CI", "p (Holm)", "verdict", "warnings");

    public List<List<String>> rows(Report report, String device) {
        List<List<String>> out = new ArrayList<>();
        for (CellRow row : report.cells(device)) {
            Summary s = row.summary();
            List<String> r = new ArrayList<>(List.of(row.key().environment(), row.key().category(),
                    row.key().metric(), row.key().unit(), s.n() == 0 ? "?" : Integer.toString(s.n()), num(s.mean()),
                    Double.isNaN(s.ciLow()) ? "–" : num(s.ciLow()) + "…" + num(s.ciHigh()), num(s.sd()),
                    Double.isNaN(s.cv()) ? "–" : String.format(Locale.ROOT, "%.1f%%", s.cv() * 100), num(s.median())));
            if (row.comparison().isPresent()) {
                Comparison c = row.comparison().get();
                r.addAll(List.of(num(c.ratio()), Double.isNaN(c.ratioCiLow()) ? "–" : num(c.ratioCiLow()) + "…"
                        + num(c.ratioCiHigh()), p(c.pHolm()), c.verdict().english()));
            } else {
                r.addAll(List.of(row.key().environment().equals(report.baseline()) ? "baseline" : "–", "–", "–", "–"));
            }
            r.add(row.warnings().stream().map(w -> w.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .distinct().collect(Collectors.joining(", ")));
            out.add(r);
        }
        return out;
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String p(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** Every warning of the report as "environment, cell metric: message" lines. */
    public List<String> warningLines(Report report) {
        List<String> out = new ArrayList<>();
        report.environmentWarnings().forEach(w -> out.add(w.environment() + ": " + w.message()));
        report.cells().forEach(c -> c.warnings().forEach(w -> out.add(w.environment() + ", " + w.device() + " "
                + w.cell() + " " + w.metric() + ": " + w.message())));
        report.loadWarnings().forEach(out::add);
        return out;
    }
}
