package org.virtimpact.core.preflight;

import java.util.List;
import java.util.Objects;

/**
 * The checks of one environment (or, named {@link #CAMPAIGN}, of the campaign's matrix itself).
 *
 * @param target how the environment is reached, for the table's heading; empty for the campaign
 */
public record CheckTable(String name, String target, List<CheckRow> rows) {

    public static final String CAMPAIGN = "campaign";

    public CheckTable {
        Objects.requireNonNull(name, "name");
        target = target == null ? "" : target;
        rows = List.copyOf(rows);
    }

    public boolean passed() {
        return rows.stream().noneMatch(CheckRow::blocksRun);
    }

    public List<CheckRow> blocking() {
        return rows.stream().filter(CheckRow::blocksRun).toList();
    }

    public long warnings() {
        return rows.stream().filter(r -> r.status() == CheckStatus.WARNING).count();
    }
}
