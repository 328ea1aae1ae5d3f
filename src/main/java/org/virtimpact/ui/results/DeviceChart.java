package org.virtimpact.ui.results;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.virtimpact.chart.ChartDecor;
import org.virtimpact.chart.ChartQuery;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartSpecs;
import org.virtimpact.chart.Whiskers;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.report.CellRow;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.Comparison;
import org.virtimpact.core.stats.Summary;
import org.virtimpact.ui.Texts;

/**
 * Draws one metric of a device tab from the report: absolute means with their intervals, or
 * ratios to the baseline with the ratio's interval; the overlaid campaign's marks; the notes;
 * and a line under the title that says, in the person's language, what bars and whiskers are.
 */
final class DeviceChart {

    /** How the person wants the chart: whiskers, log axis, ratios. */
    record Choices(WhiskerChoice whiskers, boolean logAxis, boolean normalised) {
    }

    /** The chart, the notes on it in their order, and what to say under it. */
    record Drawn(ShownChart chart, List<Annotation> notes, String chartNote, String overlayNote,
                 Optional<OverlayMatch> match) {
    }

    private final Texts texts;

    DeviceChart(Texts texts) {
        this.texts = texts;
    }

    Drawn draw(TabData data, ChartQuery query, List<CellRow> rows, Choices choices) {
        Report report = data.report();
        Map<CellKey, Summary> summaries = new LinkedHashMap<>();
        Map<CellKey, Comparison> comparisons = new LinkedHashMap<>();
        for (CellRow row : rows) {
            summaries.put(row.key(), row.summary());
            row.comparison().ifPresent(c -> comparisons.put(row.key(), c));
        }
        double confidence = report.settings().confidence();
        ChartSpecs specs = new ChartSpecs(data.campaignOrder(), texts.words());
        ChartSpec spec = choices.normalised()
                ? specs.ratios(summaries, comparisons, query, report.baseline(), confidence)
                : specs.bars(summaries, query, choices.whiskers() == WhiskerChoice.STANDARD_DEVIATION
                        ? Whiskers.standardDeviation() : Whiskers.confidenceInterval(confidence));
        Optional<OverlayMatch> match = data.overlay().map(o -> OverlayMatch.of(o, rows, choices.normalised()));
        List<Annotation> notes = data.annotations().stream()
                .filter(a -> a.onChart(query.device(), query.benchmark(), query.metric().name())).toList();
        ChartDecor decor = new ChartDecor(choices.logAxis(),
                choices.normalised() ? OptionalDouble.of(1) : OptionalDouble.empty(),
                match.map(OverlayMatch::marks).orElse(List.of()), data.overlay().map(Overlay::name).orElse(""),
                badges(notes, spec.categories()), Optional.of(subtitle(spec, choices, report)));
        return new Drawn(new ShownChart(spec, decor), notes, chartNote(spec, rows, choices, report),
                overlayNote(data.overlay(), match, report), match);
    }

    /** One badge per category, numbering its notes as the list beside the chart does. */
    private List<ChartDecor.Note> badges(List<Annotation> notes, List<String> categories) {
        Map<String, List<String>> numbers = new LinkedHashMap<>();
        for (int i = 0; i < notes.size(); i++) {
            numbers.computeIfAbsent(notes.get(i).category(), c -> new ArrayList<>()).add(Integer.toString(i + 1));
        }
        List<ChartDecor.Note> badges = new ArrayList<>();
        numbers.forEach((category, n) -> {
            if (categories.contains(category)) {
                badges.add(new ChartDecor.Note(category, "✎ " + String.join(", ", n)));
            }
        });
        return badges;
    }

    private String subtitle(ChartSpec spec, Choices choices, Report report) {
        String level = Whiskers.percent(report.settings().confidence(), texts.words());
        String n = runs(spec);
        String line = choices.normalised() ? texts.get("results.subtitle.ratio", level, n, report.baseline())
                : choices.whiskers() == WhiskerChoice.STANDARD_DEVIATION ? texts.get("results.subtitle.sd", level, n)
                : texts.get("results.subtitle.ci", level, n);
        return choices.logAxis() ? line + texts.get("results.subtitle.log") : line;
    }

    private String runs(ChartSpec spec) {
        IntSummaryStatistics known = spec.series().stream().flatMap(s -> s.bars().stream())
                .mapToInt(ChartSpec.Bar::n).filter(n -> n > 0).summaryStatistics();
        boolean unknown = spec.series().stream().flatMap(s -> s.bars().stream()).anyMatch(b -> b.n() == 0);
        if (known.getCount() == 0) {
            return unknown ? texts.get("results.n.unknown") : "";
        }
        String range = known.getMin() == known.getMax() ? Integer.toString(known.getMin())
                : known.getMin() + "–" + known.getMax();
        return texts.get(unknown ? "results.n.someUnknown" : "results.n.known", range);
    }

    private String chartNote(ChartSpec spec, List<CellRow> rows, Choices choices, Report report) {
        List<String> notes = new ArrayList<>();
        if (choices.normalised()) {
            long missing = rows.stream().filter(r -> !r.key().environment().equals(report.baseline())
                    && r.comparison().isEmpty()).count();
            if (missing > 0) {
                notes.add(texts.get("results.ratio.missing", missing, report.baseline()));
            }
        }
        boolean noWhisker = spec.series().stream()
                .filter(s -> !(choices.normalised() && s.name().equals(report.baseline())))
                .flatMap(s -> s.bars().stream()).anyMatch(b -> !b.hasInterval());
        if (noWhisker && !spec.isEmpty()) {
            notes.add(texts.get("results.noWhisker"));
        }
        return String.join(" ", notes);
    }

    private String overlayNote(Optional<Overlay> overlay, Optional<OverlayMatch> match, Report report) {
        if (overlay.isEmpty() || match.isEmpty()) {
            return "";
        }
        Overlay o = overlay.get();
        OverlayMatch m = match.get();
        if (m.matched() == 0) {
            List<String> charts = o.report().cells().stream().map(r -> r.key().device() + " " + r.key().benchmark()
                    + " " + r.key().metric()).distinct().limit(3).toList();
            return texts.get("overlay.none", o.name(), String.join("; ", charts));
        }
        StringBuilder note = new StringBuilder(texts.get("overlay.some", o.name(), m.matched(), m.total()));
        if (!m.missingEnvironments().isEmpty()) {
            note.append(' ').append(texts.get("overlay.missingEnvironments", String.join(", ",
                    m.missingEnvironments())));
        }
        if (!m.missingCells().isEmpty()) {
            note.append(' ').append(texts.get("overlay.missingCells", String.join(", ", m.missingCells())));
        }
        if (!o.baselineMapped()) {
            note.append(' ').append(texts.get("overlay.baselineUnmapped", report.baseline()));
        }
        return note.toString();
    }
}
