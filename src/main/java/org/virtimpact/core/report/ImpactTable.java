package org.virtimpact.core.report;

import java.util.List;

/** The study's "impact comparison": one row per device and environment against the baseline. */
public record ImpactTable(String baseline, List<ImpactRow> rows) {

    public ImpactTable {
        rows = List.copyOf(rows);
    }
}
