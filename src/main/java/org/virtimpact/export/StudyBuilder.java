package org.virtimpact.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.virtimpact.chart.ChartQuery;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartSpecs;
import org.virtimpact.chart.Whiskers;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.report.CellRow;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.Summary;
import org.virtimpact.core.text.Words;

/**
 * Turns a campaign, its results and its report into a {@link Study}. Pure, so tests need no
 * files. Figures use the report's summaries, so a chart's whiskers are the very intervals the
 * report's tables and verdicts use.
 */
public final class StudyBuilder {

    private final BenchmarkCatalog catalog;
    private final FigureNotes researcherNotes;
    private final MetricMenu menu;
    private final Words words;

    public StudyBuilder(BenchmarkCatalog catalog, FigureNotes researcherNotes) {
        this(catalog, researcherNotes, Words.english());
    }

    /** @param words the language of the figures' titles, axes, captions and speaker notes */
    public StudyBuilder(BenchmarkCatalog catalog, FigureNotes researcherNotes, Words words) {
        this.catalog = catalog;
        this.researcherNotes = researcherNotes;
        this.menu = new MetricMenu(catalog);
        this.words = words;
    }

    public Study build(Campaign campaign, ResultSet results, Report report, Map<String, Map<String, String>> facts,
                       ChartSelection selection, LocalDate today) {
        Map<CellKey, Summary> summaries = new LinkedHashMap<>();
        for (CellRow row : report.cells()) {
            summaries.put(row.key(), row.summary());
        }
        List<String> campaignOrder = campaign.environments().stream().map(Environment::name).toList();
        ChartSpecs specs = new ChartSpecs(campaignOrder, words);
        List<Study.StudyEnvironment> environments = report.environments().stream()
                .map(env -> new Study.StudyEnvironment(env, campaign.environment(env).map(Environment::mode).orElse(""),
                        specs.colourOf(env))).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        environments.forEach(e -> labels.put(e.name(), e.label()));

        Optional<LocalDate> first = results.samples().stream().filter(s -> Sample.OK.equals(s.status()))
                .map(s -> s.timestamp().atOffset(ZoneOffset.UTC).toLocalDate()).min(LocalDate::compareTo);
        Optional<LocalDate> last = results.samples().stream().filter(s -> Sample.OK.equals(s.status()))
                .map(s -> s.timestamp().atOffset(ZoneOffset.UTC).toLocalDate()).max(LocalDate::compareTo);
        double confidence = report.settings().confidence();
        Study draft = new Study(campaign.name(), campaign.description(), FileNames.slug(campaign.name()), environments,
                report.baseline(), confidence, first, last, today, List.of(), List.of(), report.impact());

        FigureText text = new FigureText(env -> labels.getOrDefault(env, env), draft.dates(words), words);
        ToolVersions tools = new ToolVersions(catalog, facts, words);
        Whiskers whiskers = Whiskers.confidenceInterval(confidence);
        FigureNotes notes = CampaignNotes.both(researcherNotes, new CampaignNotes(campaign, words));
        List<Figure> figures = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        for (ChartQuery query : menu.chosen(summaries.keySet(), selection)) {
            ChartSpec spec = specs.bars(summaries, query, whiskers);
            String tool = tools.describe(query.benchmark(), spec.series().stream().map(ChartSpec.Series::name).toList());
            String unit = unit(summaries, query);
            figures.add(new Figure(uniqueStem(query, stems), query, spec, text.caption(spec, tool),
                    text.notes(spec, unit, tool, notes.about(query))));
        }
        List<SummaryTable> tables = menu.all(summaries.keySet()).stream()
                .map(q -> table(q, summaries, report.environments(), confidence)).toList();
        return new Study(draft.campaign(), draft.description(), draft.fileStem(), environments, draft.baseline(),
                confidence, first, last, today, figures, tables, report.impact());
    }

    private static String uniqueStem(ChartQuery query, Set<String> taken) {
        String base = new ChartSelection.ChartPick(query.device(), query.benchmark(), query.metric().name()).fileStem();
        String stem = base;
        for (int i = 2; !taken.add(stem); i++) {
            stem = base + "-" + i;
        }
        return stem;
    }

    /** The unit written in the results wins over the definition's, as on the chart's axis. */
    private static String unit(Map<CellKey, Summary> summaries, ChartQuery query) {
        return summaries.keySet().stream().filter(k -> MetricMenu.matches(k, query)).map(CellKey::unit)
                .filter(u -> !u.isBlank()).findFirst().orElse(query.metric().unit());
    }

    private static SummaryTable table(ChartQuery query, Map<CellKey, Summary> summaries, List<String> environments,
                                      double confidence) {
        Map<String, Map<String, Summary>> byCell = new LinkedHashMap<>();
        summaries.forEach((key, summary) -> {
            if (MetricMenu.matches(key, query)) {
                byCell.computeIfAbsent(key.category(), c -> new LinkedHashMap<>()).put(key.environment(), summary);
            }
        });
        List<String> present = environments.stream()
                .filter(env -> byCell.values().stream().anyMatch(m -> m.containsKey(env))).toList();
        List<SummaryTable.Row> rows = new ArrayList<>();
        byCell.forEach((cell, byEnv) -> rows.add(new SummaryTable.Row(cell,
                present.stream().map(env -> Optional.ofNullable(byEnv.get(env))).toList())));
        return new SummaryTable(query.device(), query.benchmark(), query.metric().name(), query.metric().title(),
                unit(summaries, query), present, rows, confidence);
    }
}
