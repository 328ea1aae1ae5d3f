package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.ui.FxThread.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.ui.Texts;

/**
 * The table beside a chart, as JavaFX lays it out (a scene, never shown). What is checked here is
 * what the window must not do while a run fills it: restyle a node that nothing on screen
 * changed, which made the software renderer draw the whole window.
 */
class SummaryTableTest {

    private final LiveRows rows = new LiveRows();
    private TableView<LiveRow> table;

    @BeforeEach
    void aTableWithBlankLines() throws Exception {
        FxToolkit.registerPrimaryStage();
        table = onFx(() -> {
            TableView<LiveRow> made = new TableView<>();
            new SummaryTable(Texts.forLocale(Locale.ROOT), new Numbers(Locale.ROOT))
                    .configure(made, rows, new SimpleBooleanProperty(false), key -> { });
            made.setFixedCellSize(24);
            new Scene(made, 1400, 300);
            rows.keepAtLeast(4);
            made.applyCss();
            made.layout();
            return made;
        });
    }

    /**
     * A label with a graphic takes the graphic out and puts it back whenever its text changes, and
     * that restyles the graphic one pulse later: a pulse with nothing on screen to redraw, which
     * JavaFX nevertheless draws, whole, having no dirty region to bound it.
     */
    @Test
    void aBlankLineGettingItsFiguresKeepsTheNodesOfItsEnvironmentCell() throws Exception {
        List<Node> blank = onFx(() -> children(environmentCell()));

        onFx(() -> {
            rows.show(List.of(row("pv")));
            table.layout();
            return null;
        });

        assertSameNodes(blank, onFx(() -> children(environmentCell())), "blank, then filled");
        assertEquals("pv", onFx(() -> shownName(environmentCell())));
        assertTrue(onFx(() -> swatch(environmentCell()).getFill()) != Color.TRANSPARENT, "the row shows its colour");

        onFx(() -> {
            rows.show(List.of(row("hvm")));
            table.layout();
            return null;
        });
        assertEquals("hvm", onFx(() -> shownName(environmentCell())));
        assertSameNodes(blank, onFx(() -> children(environmentCell())), "another environment's name");

        onFx(() -> {
            rows.show(List.of());
            table.layout();
            return null;
        });
        assertSameNodes(blank, onFx(() -> children(environmentCell())), "blank again");
        assertEquals(Color.TRANSPARENT, onFx(() -> swatch(environmentCell()).getFill()), "a blank line shows no colour");
    }

    /**
     * A tooltip is a window of its own: made for each line as a run's first results filled the table,
     * they took 5 ms each on the FX thread. One is made when the pointer first rests on warnings.
     */
    @Test
    void theWarningsTooltipIsMadeWhenThePointerComesNotWhenFiguresDo() throws Exception {
        String warning = "only 3 run(s); 5 or more make the interval and tests trustworthy";
        onFx(() -> {
            rows.show(List.of(row("pv", List.of(warning))));
            table.layout();
            return null;
        });
        TableCell<?, ?> cell = onFx(() -> cell("col-warnings"));
        assertEquals("⚠ 1", onFx(cell::getText));
        assertEquals(null, onFx(cell::getTooltip), "no tooltip before the pointer comes");

        onFx(() -> {
            cell.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, MouseButton.NONE, 0, false, false,
                    false, false, false, false, false, false, false, false, null));
            return null;
        });
        Tooltip tip = onFx(cell::getTooltip);
        assertNotNull(tip, "the pointer on the warnings brings their tooltip");
        assertEquals(warning, onFx(tip::getText));

        onFx(() -> {
            rows.show(List.of(row("pv", List.of())));
            table.layout();
            return null;
        });
        assertEquals(null, onFx(cell::getTooltip), "no warnings, no tooltip");
    }

    /**
     * A style class added to a cell has its styles looked up again from the sheets: a run's first
     * results did that to every line's warnings cell. Its look now follows a pseudo-class.
     */
    @Test
    void aLinesWarningsCatchTheEyeWithoutTheCellBeingRestyledFromScratch() throws Exception {
        TableCell<?, ?> cell = onFx(() -> {
            table.getStylesheets().addAll(css("/org/virtimpact/ui/workbench.css"), css("results.css"));
            rows.show(List.of(row("pv")));
            pulses();
            return cell("col-warnings");
        });
        List<String> classes = onFx(() -> List.copyOf(cell.getStyleClass()));
        Color plain = onFx(() -> (Color) cell.getTextFill());

        onFx(() -> {
            rows.show(List.of(row("pv", List.of("only 3 run(s)"))));
            pulses();
            return null;
        });
        assertEquals(Color.web("#8a5a00"), onFx(cell::getTextFill), "warnings are drawn in amber");
        assertEquals(FontWeight.BOLD, FontWeight.findByName(onFx(() -> cell.getFont().getStyle()).split(" ")[0]),
                "and bold");
        assertEquals(classes, onFx(() -> List.copyOf(cell.getStyleClass())), "no style class came or went");

        onFx(() -> {
            rows.show(List.of(row("pv")));
            pulses();
            return null;
        });
        assertEquals(plain, onFx(cell::getTextFill), "without warnings the cell looks as the others again");
    }

    /** Two pulses' styling and layout: a look set while the cells are laid out is styled in the next. */
    private void pulses() {
        for (int i = 0; i < 2; i++) {
            table.applyCss();
            table.layout();
        }
    }

    private static String css(String name) {
        return SummaryTable.class.getResource(name).toExternalForm();
    }

    private static void assertSameNodes(List<Node> expected, List<Node> actual, String when) {
        assertEquals(expected.size(), actual.size(), when + ": " + actual);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.get(i) == actual.get(i), when + ": node " + i + " was replaced or moved: " + actual);
        }
    }

    private TableCell<?, ?> environmentCell() {
        return cell("col-environment");
    }

    /** The cell of column {@code id} on the table's first line. */
    private TableCell<?, ?> cell(String id) {
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getIndex() == 0 && cell.getTableColumn() != null
                    && id.equals(cell.getTableColumn().getId())) {
                return cell;
            }
        }
        throw new AssertionError("no " + id + " cell on the first line");
    }

    /** Every node in the cell, in order, the cell's own children first. */
    private static List<Node> children(Parent parent) {
        List<Node> all = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            all.add(child);
            if (child instanceof Parent inner) {
                all.addAll(children(inner));
            }
        }
        return all;
    }

    private static Rectangle swatch(TableCell<?, ?> cell) {
        Rectangle box = (Rectangle) children(cell).stream().filter(Rectangle.class::isInstance).findFirst().orElse(null);
        assertNotNull(box, "the cell has a colour swatch");
        return box;
    }

    private static String shownName(TableCell<?, ?> cell) {
        return children(cell).stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText())
                .filter(t -> t != null && !t.isEmpty()).findFirst().orElse(cell.getText());
    }

    private static SummaryRow row(String environment) {
        return row(environment, List.of());
    }

    private static SummaryRow row(String environment, List<String> warnings) {
        CellKey key = new CellKey(environment, "Disk", "dd", "write_mbps", "MB/s", Map.of("size", "8M"));
        return new SummaryRow(key, environment, 1, "size=8M", "10", 100, 99, 101, 1, 0.01, 100, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, "baseline", warnings, "MB/s", Double.NaN, "", "");
    }
}
