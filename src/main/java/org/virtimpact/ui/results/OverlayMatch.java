package org.virtimpact.ui.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.virtimpact.chart.ChartDecor;
import org.virtimpact.core.report.CellRow;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.Comparison;

/**
 * Which bars of one chart the overlaid campaign has a value for, and which it has not: only
 * exact matches of environment (as mapped), device, benchmark, metric and matrix values count.
 *
 * @param theirs       their cell for each of our cells that has one
 * @param missingEnvironments ours with no counterpart on this chart
 * @param missingCells our matrix values that none of their environments has
 */
record OverlayMatch(List<ChartDecor.Mark> marks, Map<CellKey, CellRow> theirs, int total,
                    List<String> missingEnvironments, List<String> missingCells) {

    static OverlayMatch of(Overlay overlay, List<CellRow> ours, boolean ratios) {
        List<ChartDecor.Mark> marks = new ArrayList<>();
        Map<CellKey, CellRow> theirs = new LinkedHashMap<>();
        Set<String> envs = new LinkedHashSet<>();
        Set<String> cells = new LinkedHashSet<>();
        Set<String> matchedEnvs = new LinkedHashSet<>();
        Set<String> matchedCells = new LinkedHashSet<>();
        String theirBaseline = overlay.report().baseline();
        for (CellRow row : ours) {
            envs.add(row.key().environment());
            cells.add(row.key().category());
            Optional<CellRow> counterpart = overlay.counterpart(row.key());
            if (counterpart.isEmpty()) {
                continue;
            }
            theirs.put(row.key(), counterpart.get());
            matchedEnvs.add(row.key().environment());
            matchedCells.add(row.key().category());
            double value = ratios ? ratio(counterpart.get(), theirBaseline, overlay.baselineMapped())
                    : counterpart.get().summary().mean();
            if (Double.isFinite(value)) {
                marks.add(new ChartDecor.Mark(row.key().environment(), row.key().category(), value));
            }
        }
        envs.removeAll(matchedEnvs);
        cells.removeAll(matchedCells);
        return new OverlayMatch(marks, theirs, ours.size(), List.copyOf(envs), List.copyOf(cells));
    }

    /** Their ratio to their baseline, which is comparable with ours only when it is our baseline's counterpart. */
    private static double ratio(CellRow theirs, String theirBaseline, boolean mapped) {
        if (!mapped) {
            return Double.NaN;
        }
        if (theirs.key().environment().equals(theirBaseline)) {
            return 1;
        }
        return theirs.comparison().map(Comparison::ratio).orElse(Double.NaN);
    }

    int matched() {
        return theirs.size();
    }
}
