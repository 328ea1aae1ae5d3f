package org.virtimpact.core.report;

import java.util.List;
import java.util.Optional;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.Comparison;
import org.virtimpact.core.stats.Summary;

/**
 * One environment's cell in the report: its statistics, its comparison with the baseline (absent
 * for the baseline itself and for cells the baseline lacks), and the warnings beside it.
 *
 * @param rate whether the unit is a rate, so the harmonic mean is worth showing
 */
public record CellRow(CellKey key, Summary summary, boolean rate, Optional<Comparison> comparison,
                      List<QualityWarning> warnings) {

    public CellRow {
        warnings = List.copyOf(warnings);
    }
}
