package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.stats.CellKey;

/**
 * A table builds every cell again when its items are replaced, so new figures must reach the
 * lines already there, and a change in the number of rows must touch only the end.
 */
class LiveRowsTest {

    private final LiveRows rows = new LiveRows();
    private final List<String> changes = new ArrayList<>();

    LiveRowsTest() {
        rows.lines().addListener((ListChangeListener<LiveRow>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ")
                        + c.getFrom() + ".." + c.getTo());
            }
        });
    }

    @Test
    void newFiguresForTheSameCellsChangeTheLinesInPlace() {
        rows.show(List.of(row("pv", "8M", 100), row("hvm", "8M", 80)));
        List<LiveRow> before = List.copyOf(rows.lines());
        changes.clear();

        rows.show(List.of(row("pv", "8M", 110), row("hvm", "8M", 80)));

        assertEquals(List.of(), changes, "the list itself must not change");
        assertSame(before.get(0), rows.lines().get(0));
        assertEquals(110, rows.lines().get(0).get().mean());
        assertEquals(80, rows.lines().get(1).get().mean());
    }

    @Test
    void moreRowsAreAddedAtTheEndAndTheLinesBeforeKeepTheirPlace() {
        rows.show(List.of(row("pv", "8M", 100)));
        LiveRow first = rows.lines().get(0);
        changes.clear();

        rows.show(List.of(row("pv", "1M", 50), row("pv", "8M", 100)));

        assertEquals(List.of("added 1..2"), changes);
        assertSame(first, rows.lines().get(0));
        assertEquals(List.of("size=1M", "size=8M"), rows.lines().stream().map(l -> l.get().cell()).toList());
    }

    @Test
    void fewerRowsAreRemovedFromTheEnd() {
        rows.show(List.of(row("pv", "1M", 50), row("pv", "8M", 100), row("hvm", "8M", 90)));
        changes.clear();

        rows.show(List.of(row("hvm", "8M", 90)));

        assertEquals(List.of("removed 1..1"), changes);
        assertEquals(List.of("hvm"), rows.lines().stream().map(l -> l.get().environment()).toList());
    }

    @Test
    void theUnitIsTheRowsOwnAndEmptyWithoutRows() {
        assertEquals("", rows.unit().get());
        rows.show(List.of(row("pv", "8M", 100)));
        assertEquals("MB/s", rows.unit().get());
        rows.show(List.of());
        assertEquals("", rows.unit().get());
        assertEquals(0, rows.lines().size());
    }

    private static SummaryRow row(String environment, String size, double mean) {
        CellKey key = new CellKey(environment, "Disk", "dd", "write_mbps", "MB/s", Map.of("size", size));
        return new SummaryRow(key, environment, "size=" + size, "10", mean, mean - 1, mean + 1, 1, 0.01, mean,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, "baseline", List.of(), "MB/s", Double.NaN, "", "");
    }
}
