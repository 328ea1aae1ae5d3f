package org.virtimpact.ui.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.virtimpact.core.report.CellRow;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.stats.CellKey;

/**
 * Another campaign laid over the open one, to see whether its comparison reproduces: its report,
 * and which of its environments stands for each of ours.
 *
 * @param mapping        our environment name to theirs; ours without a counterpart are absent
 * @param baselineMapped whether their report compares against the counterpart of our baseline;
 *                       only then can their verdicts be set beside ours
 */
public record Overlay(String name, Path dir, List<String> environments, Map<String, String> mapping, Report report,
                      boolean baselineMapped) {

    public Overlay {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dir, "dir");
        environments = List.copyOf(environments);
        mapping = Map.copyOf(mapping);
        Objects.requireNonNull(report, "report");
    }

    /** Their cell standing for our {@code key}: same device, benchmark, metric and matrix values. */
    public Optional<CellRow> counterpart(CellKey key) {
        String theirs = mapping.get(key.environment());
        if (theirs == null) {
            return Optional.empty();
        }
        return report.cells().stream().filter(r -> r.key().environment().equals(theirs)
                && r.key().device().equals(key.device()) && r.key().benchmark().equals(key.benchmark())
                && r.key().metric().equals(key.metric()) && r.key().category().equals(key.category())).findFirst();
    }
}
