package org.virtimpact.core.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.CellValues;
import org.virtimpact.core.stats.Comparison;
import org.virtimpact.core.stats.Comparisons;
import org.virtimpact.core.stats.MetricDirections;
import org.virtimpact.core.stats.Summaries;
import org.virtimpact.core.stats.Summary;

/** Turns a campaign and its results into a {@link Report}; pure, so tests need no files. */
public final class ReportBuilder {

    private final MetricDirections directions;
    private final Comparisons comparisons;
    private final ImpactTables impactTables = new ImpactTables();

    public ReportBuilder(BenchmarkCatalog catalog) {
        this.directions = new MetricDirections(catalog);
        this.comparisons = new Comparisons(directions);
    }

    public Report build(Campaign campaign, ResultSet results, Map<String, Map<String, String>> hostFacts,
                        List<String> loadWarnings, ReportSettings settings) throws ReportException {
        double confidence = settings.comparison().confidence();
        Map<CellKey, CellValues> cells = new Summaries(confidence).cells(results);
        if (cells.isEmpty()) {
            throw new ReportException("No results to report on: " + campaign.name() + " has no successful runs or"
                    + " published summaries yet. Run it (virtimpact run) or import results (virtimpact import).");
        }
        List<String> environments = environments(campaign, cells.keySet());
        String baseline = baseline(settings.baseline(), environments);
        Map<CellKey, Summary> summaries = new java.util.LinkedHashMap<>();
        cells.forEach((k, v) -> summaries.put(k, v.summary(confidence)));
        List<Comparison> compared = comparisons.against(baseline, cells, settings.comparison());
        Map<CellKey, Comparison> byCell = compared.stream().collect(Collectors.toMap(Comparison::cell,
                Function.identity()));
        QualityChecks checks = new QualityChecks(settings.quality(), directions);
        List<QualityWarning> warnings = new ArrayList<>(checks.cells(summaries, cells));
        List<QualityWarning> envWarnings = checks.environments(campaign, cells.keySet(), baseline, hostFacts,
                environments);
        warnings.addAll(envWarnings.stream().filter(w -> !w.aboutEnvironment()).toList());
        List<CellRow> rows = new ArrayList<>();
        for (String env : environments) {
            summaries.forEach((k, s) -> {
                if (k.environment().equals(env)) {
                    rows.add(new CellRow(k, s, MetricDirections.isRate(k.unit()), Optional.ofNullable(byCell.get(k)),
                            warnings.stream().filter(w -> w.environment().equals(env) && w.cell().equals(k.category())
                                    && w.metric().equals(k.metric()) && w.device().equals(k.device())).toList()));
                }
            });
        }
        ImpactTable impact = impactTables.build(baseline, environments, compared, cells, settings.comparison(),
                campaign.conclusions());
        return new Report(campaign.name(), environments, baseline, settings.comparison(), axes(cells.keySet()),
                rows, impact, envWarnings.stream().filter(QualityWarning::aboutEnvironment).toList(), loadWarnings);
    }

    /** Campaign order first (the order the researcher chose), then any found only in the results. */
    private static List<String> environments(Campaign campaign, Set<CellKey> cells) {
        Set<String> withData = cells.stream().map(CellKey::environment).collect(Collectors.toCollection(
                LinkedHashSet::new));
        Set<String> ordered = new LinkedHashSet<>();
        campaign.environments().stream().map(Environment::name).filter(withData::contains).forEach(ordered::add);
        ordered.addAll(withData);
        return List.copyOf(ordered);
    }

    private static String baseline(Optional<String> wanted, List<String> environments) throws ReportException {
        if (wanted.isEmpty()) {
            return environments.get(0);
        }
        if (!environments.contains(wanted.get())) {
            throw new ReportException("No results for baseline '" + wanted.get() + "'. Environments with results: "
                    + String.join(", ", environments) + ".");
        }
        return wanted.get();
    }

    private static List<String> axes(Set<CellKey> cells) {
        Set<String> axes = new LinkedHashSet<>();
        cells.forEach(k -> axes.addAll(k.axes().keySet()));
        return List.copyOf(axes);
    }
}
