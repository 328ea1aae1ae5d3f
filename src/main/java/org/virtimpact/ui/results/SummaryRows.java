package org.virtimpact.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.virtimpact.chart.ChartSpecs;
import org.virtimpact.core.report.CellRow;
import org.virtimpact.core.report.QualityWarning;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.stats.CellOrder;
import org.virtimpact.core.stats.Comparison;
import org.virtimpact.core.stats.Summary;
import org.virtimpact.core.stats.Verdict;
import org.virtimpact.ui.Texts;

/** Turns a chart's report rows into the lines of the table beside it, in the person's language. */
final class SummaryRows {

    private final Texts texts;

    SummaryRows(Texts texts) {
        this.texts = texts;
    }

    /**
     * @param rows  the chart's cells, every environment
     * @param match the overlaid campaign's counterparts, when one is laid over
     */
    List<SummaryRow> of(Report report, List<CellRow> rows, List<String> campaignOrder, Optional<Overlay> overlay,
                        Optional<OverlayMatch> match) {
        // cells as the chart orders them (8M before 32M)
        List<String> categories = rows.stream().sorted(Comparator.comparing(r -> r.key().axes(), new CellOrder()))
                .map(r -> r.key().category()).distinct().toList();
        ChartSpecs colours = new ChartSpecs(campaignOrder);
        List<SummaryRow> out = new ArrayList<>();
        for (CellRow row : rows) {
            Summary s = row.summary();
            Optional<Comparison> c = row.comparison();
            List<String> warnings = new ArrayList<>(row.warnings().stream().map(QualityWarning::message).toList());
            report.environmentWarnings().stream().filter(w -> w.environment().equals(row.key().environment()))
                    .map(QualityWarning::message).forEach(warnings::add);
            Optional<CellRow> theirs = match.map(m -> m.theirs().get(row.key()));
            out.add(new SummaryRow(row.key(), row.key().environment(),
                    colours.colourOf(row.key().environment()), row.key().category(),
                    s.isPublished() && s.n() == 0 ? "?" : Integer.toString(s.n()), s.mean(), s.ciLow(), s.ciHigh(),
                    s.sd(), s.cv(), s.median(), c.map(Comparison::ratio).orElse(Double.NaN),
                    c.map(Comparison::ratioCiLow).orElse(Double.NaN), c.map(Comparison::ratioCiHigh).orElse(Double.NaN),
                    c.map(Comparison::pHolm).orElse(Double.NaN), verdict(report, row), warnings, row.key().unit(),
                    theirs.map(t -> t.summary().mean()).orElse(Double.NaN),
                    overlay.isEmpty() ? "" : theirs.map(t -> verdict(overlay.get().report(), t)).orElse("–"),
                    overlay.isEmpty() ? "" : agreement(row, theirs, overlay.get())));
        }
        // Environment by environment, in campaign order, as the bars stand in the chart.
        out.sort(Comparator.comparingInt((SummaryRow r) -> order(campaignOrder, r.environment()))
                .thenComparingInt(r -> categories.indexOf(r.cell())));
        return out;
    }

    private String verdict(Report report, CellRow row) {
        if (row.key().environment().equals(report.baseline())) {
            return texts.get("results.verdict.baseline");
        }
        return row.comparison().map(c -> texts.get("verdict." + c.verdict().name()))
                .orElseGet(() -> texts.get("results.verdict.noBaseline"));
    }

    /** Whether their comparison says what ours says, and how sure either can be. */
    private String agreement(CellRow ours, Optional<CellRow> theirs, Overlay overlay) {
        if (ours.comparison().isEmpty()) {
            return "";
        }
        if (theirs.isEmpty()) {
            return texts.get("overlay.agree.missing");
        }
        if (!overlay.baselineMapped()) {
            return texts.get("overlay.agree.unmapped");
        }
        Optional<Comparison> their = theirs.get().comparison();
        if (their.isEmpty()) {
            return texts.get("overlay.agree.missing");
        }
        Comparison mine = ours.comparison().get();
        boolean untested = mine.verdict() == Verdict.NOT_TESTABLE || their.get().verdict() == Verdict.NOT_TESTABLE;
        if (untested) {
            return texts.get(mine.better() == their.get().better() ? "overlay.agree.sameDirection"
                    : "overlay.agree.oppositeDirection");
        }
        return texts.get(mine.verdict() == their.get().verdict() ? "overlay.agree.yes" : "overlay.agree.no");
    }

    private static int order(List<String> campaignOrder, String environment) {
        int index = campaignOrder.indexOf(environment);
        return index >= 0 ? index : campaignOrder.size();
    }
}
