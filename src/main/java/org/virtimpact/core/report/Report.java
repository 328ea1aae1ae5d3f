package org.virtimpact.core.report;

import java.util.List;
import java.util.Map;
import org.virtimpact.core.stats.ComparisonSettings;

/**
 * Everything the CLI prints and the results view shows for a campaign: per-cell statistics and
 * comparisons, the impact table, and the warnings. Plain values only, so a view model can bind
 * to it without calling back into the statistics.
 *
 * @param environments in report order; the baseline is one of them
 * @param axes         every matrix axis found, in first-seen order (the CSV's axis columns)
 * @param environmentWarnings warnings about a whole environment (VM shape, versions)
 * @param loadWarnings what was noticed while reading the files (a torn line, an unreadable host file)
 */
public record Report(String campaign, List<String> environments, String baseline, ComparisonSettings settings,
                     List<String> axes, List<CellRow> cells, ImpactTable impact,
                     List<QualityWarning> environmentWarnings, List<String> loadWarnings) {

    public Report {
        environments = List.copyOf(environments);
        axes = List.copyOf(axes);
        cells = List.copyOf(cells);
        environmentWarnings = List.copyOf(environmentWarnings);
        loadWarnings = List.copyOf(loadWarnings);
    }

    /** The cells of one device, for a per-device table. */
    public List<CellRow> cells(String device) {
        return cells.stream().filter(c -> c.key().device().equals(device)).toList();
    }

    public List<String> devices() {
        return impactOrder(cells.stream().map(c -> c.key().device()).distinct().toList());
    }

    private static List<String> impactOrder(List<String> devices) {
        return devices.stream().sorted(java.util.Comparator.comparingInt((String d) ->
                org.virtimpact.core.bench.Device.fromText(d).ordinal()).thenComparing(d -> d)).toList();
    }

    /** Cell warnings keyed by kind, for a compact "flags" column. */
    public Map<QualityWarning.Kind, Long> warningCounts() {
        return cells.stream().flatMap(c -> c.warnings().stream()).collect(java.util.stream.Collectors.groupingBy(
                QualityWarning::kind, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }
}
