package org.virtimpact.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.stats.Comparison;
import org.virtimpact.core.stats.Summary;

/**
 * {@code virtimpact report --format csv}: one row per environment and cell. Numbers use '.' and
 * no exponent in every locale; a figure the data cannot support is an empty field, never 0. An
 * axis whose name clashes with a fixed column is written {@code axis:NAME}, which
 * {@code import --csv} reads back as that axis.
 */
public final class ReportCsv {

    public static final List<String> FIXED = List.of("environment", "device", "benchmark", "metric", "unit", "n",
            "mean", "sd", "median", "min", "max", "ci_low", "ci_high");
    public static final List<String> EXTRA = List.of("confidence", "cv", "harmonic_mean", "median_ci_low",
            "median_ci_high", "median_ci_coverage", "source", "baseline", "ratio", "ratio_ci_low", "ratio_ci_high",
            "percent_difference", "test", "p_value", "p_holm", "welch_p", "mann_whitney_p", "verdict", "warnings");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    public String format(Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            List<String> header = new ArrayList<>(FIXED);
            report.axes().forEach(a -> header.add(FIXED.contains(a) || EXTRA.contains(a) ? "axis:" + a : a));
            header.addAll(EXTRA);
            printer.printRecord(header);
            for (CellRow row : report.cells()) {
                printer.printRecord(row(report, row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(Report report, CellRow row) {
        Summary s = row.summary();
        List<String> r = new ArrayList<>(List.of(row.key().environment(), row.key().device(), row.key().benchmark(),
                row.key().metric(), row.key().unit(), s.n() == 0 ? "" : Integer.toString(s.n()), num(s.mean()),
                num(s.sd()), num(s.median()), num(s.min()), num(s.max()), num(s.ciLow()), num(s.ciHigh())));
        report.axes().forEach(a -> r.add(row.key().axes().getOrDefault(a, "")));
        r.addAll(List.of(num(s.confidence()), num(s.cv()), row.rate() ? num(s.harmonicMean()) : "",
                num(s.medianCiLow()), num(s.medianCiHigh()), num(s.medianCiCoverage()),
                s.isPublished() ? "published" : "measured"));
        if (row.comparison().isPresent()) {
            Comparison c = row.comparison().get();
            r.addAll(List.of(c.baseline(), num(c.ratio()), num(c.ratioCiLow()), num(c.ratioCiHigh()),
                    num(c.percentDifference()), c.testName(), num(c.p()), num(c.pHolm()), num(c.welchP()),
                    num(c.mannWhitneyP()), c.verdict().english()));
        } else {
            r.addAll(List.of(row.key().environment().equals(report.baseline()) ? "" : report.baseline(), "", "", "", "",
                    "", "", "", "", "", ""));
        }
        r.add(row.warnings().stream().map(w -> w.kind().name().toLowerCase(java.util.Locale.ROOT))
                .distinct().collect(Collectors.joining(" ")));
        return r;
    }

    static String num(double v) {
        return Double.isFinite(v) ? CsvResults.number(v) : "";
    }
}
