package org.virtimpact.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.report.CellRow;
import org.virtimpact.core.report.HostFacts;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.report.ReportBuilder;
import org.virtimpact.core.report.ReportException;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.core.results.PublishedSummary;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.text.Message;

/**
 * Builds, off the FX thread, what the results view shows of a snapshot: the report (statistics,
 * comparisons, impact table, warnings) and the metric menu of each device.
 */
final class ResultsReport {

    private final BenchmarkCatalog catalog;
    private final ReportBuilder builder;
    private final HostFacts hosts = new HostFacts();

    ResultsReport(BenchmarkCatalog catalog) {
        this.catalog = catalog;
        this.builder = new ReportBuilder(catalog);
    }

    /** Everything a report needs, copied on the FX thread so the build can't see later changes. */
    record Snapshot(Campaign campaign, Optional<Path> dir, List<Sample> samples, List<Message> loadWarnings,
                    List<PublishedSummary> published, ReportSettings settings) {
    }

    /** @param report empty when there is nothing to report on yet */
    record Built(int samples, Optional<Report> report, Map<String, List<MetricOption>> metricsByDevice) {
    }

    Built build(Snapshot s) throws ReportException {
        ResultSet data = new ResultSet(s.samples(), s.loadWarnings(), s.published());
        HostFacts.Loaded facts = s.dir().map(d -> hosts.load(d.resolve("hosts")))
                .orElseGet(() -> new HostFacts.Loaded(Map.of(), List.of()));
        // the report's list is the CLI's English; the workbench shows load warnings in its status bar
        List<String> warnings = new ArrayList<>(data.warnings());
        warnings.addAll(facts.problems());
        if (s.samples().stream().noneMatch(x -> Sample.OK.equals(x.status())) && s.published().isEmpty()) {
            return new Built(s.samples().size(), Optional.empty(), Map.of());
        }
        Report report;
        try {
            report = builder.build(s.campaign(), data, facts.facts(), warnings, s.settings());
        } catch (ReportException e) {
            if (s.settings().baseline().isEmpty()) {
                throw e;
            }
            // The chosen baseline has no results (yet): compare with the first environment instead.
            report = builder.build(s.campaign(), data, facts.facts(), warnings, new ReportSettings(Optional.empty(),
                    s.settings().comparison(), s.settings().quality()));
        }
        return new Built(s.samples().size(), Optional.of(report), menus(report));
    }

    private Map<String, List<MetricOption>> menus(Report report) {
        Map<String, Set<MetricOption>> found = new TreeMap<>(DeviceTabs.ORDER);
        for (CellRow row : report.cells()) {
            found.computeIfAbsent(row.key().device(), d -> new LinkedHashSet<>()).add(option(row.key()));
        }
        Map<String, List<MetricOption>> menus = new LinkedHashMap<>();
        found.forEach((device, options) -> menus.put(device, inCatalogOrder(options)));
        return menus;
    }

    private MetricOption option(CellKey key) {
        MetricDef def = catalog.find(key.benchmark()).flatMap(b -> b.metric(key.metric()))
                .orElseGet(() -> new MetricDef(key.metric(), key.metric(), key.unit(), true));
        return new MetricOption(key.benchmark(), def);
    }

    /** The benchmark's own order of metrics, so the default is its headline figure. */
    private List<MetricOption> inCatalogOrder(Set<MetricOption> options) {
        List<MetricOption> ordered = new ArrayList<>();
        for (Benchmark b : catalog.all()) {
            for (MetricDef m : b.metrics()) {
                MetricOption candidate = new MetricOption(b.id(), m);
                if (options.contains(candidate)) {
                    ordered.add(candidate);
                }
            }
        }
        options.stream().filter(o -> !ordered.contains(o)).forEach(ordered::add);
        return ordered;
    }
}
