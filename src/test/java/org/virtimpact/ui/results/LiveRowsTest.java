package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.stats.CellKey;

/**
 * A table builds every cell again when its items are replaced, and styles every line in view again
 * when their number changes, so new figures must reach the lines already there (blank ones
 * included), and a change in the number of lines must touch only the end.
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

    @Test
    void blankLinesBelowTheRowsTakeTheNewRowsWithoutChangingTheNumberOfLines() {
        rows.keepAtLeast(4);
        assertEquals(4, rows.lines().size());
        assertTrue(rows.empty().get());
        changes.clear();

        rows.show(List.of(row("pv", "8M", 100), row("hvm", "8M", 80)));
        rows.show(List.of(row("pv", "8M", 100), row("hvm", "8M", 80), row("pv", "1M", 50)));

        assertEquals(List.of(), changes, "the table keeps its number of lines");
        assertEquals(List.of(false, false, false, true), rows.lines().stream().map(LiveRow::isBlank).toList());
        assertFalse(rows.empty().get());
    }

    @Test
    void rowsBeyondTheBlankLinesAreAddedAndFewerRowsLeaveBlankLines() {
        rows.keepAtLeast(2);
        changes.clear();
        rows.show(List.of(row("pv", "1M", 50), row("pv", "8M", 100), row("hvm", "8M", 90)));
        assertEquals(List.of("added 2..3"), changes);

        changes.clear();
        rows.show(List.of(row("hvm", "8M", 90)));
        assertEquals(List.of("removed 2..2"), changes, "down to the lines kept, the rest blank");
        assertEquals(List.of(false, true), rows.lines().stream().map(LiveRow::isBlank).toList());
    }

    @Test
    void aTableThatGrowsKeepsItsRowsAndGainsBlankLines() {
        rows.show(List.of(row("pv", "8M", 100)));
        LiveRow first = rows.lines().get(0);
        rows.keepAtLeast(3);
        assertSame(first, rows.lines().get(0));
        assertEquals(100, first.get().mean());
        assertEquals(List.of(false, true, true), rows.lines().stream().map(LiveRow::isBlank).toList());
    }

    private static SummaryRow row(String environment, String size, double mean) {
        CellKey key = new CellKey(environment, "Disk", "dd", "write_mbps", "MB/s", Map.of("size", size));
        return new SummaryRow(key, environment, 0, "size=" + size, "10", mean, mean - 1, mean + 1, 1, 0.01, mean,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, "baseline", List.of(), "MB/s", Double.NaN, "", "");
    }
}
