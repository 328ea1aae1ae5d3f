package org.virtimpact.ui.results;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.virtimpact.chart.Palette;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.ui.Texts;

/**
 * The columns of the table beside a chart: the cell's statistics, its comparison with the
 * baseline, its warnings, and, while another campaign is laid over, that campaign's mean and
 * verdict and whether they agree with ours.
 */
final class SummaryTable {

    /*
     * A cell's look follows its value through pseudo-classes, not style classes: a style class
     * added or removed has the cell's styles looked up again from the sheets, and a run's first
     * results did that to every line's warnings cell in one layout pass.
     */
    static final PseudoClass WARNED = PseudoClass.getPseudoClass("warned");
    static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
    static final PseudoClass AGREES = PseudoClass.getPseudoClass("agrees");

    private final Texts texts;
    private final Numbers numbers;

    SummaryTable(Texts texts, Numbers numbers) {
        this.texts = texts;
        this.numbers = numbers;
    }

    /**
     * @param rows     what the table shows
     * @param openRuns shows the runs behind a line, on a double click
     */
    void configure(TableView<LiveRow> table, LiveRows rows, ObservableBooleanValue overlaid,
                   Consumer<CellKey> openRuns) {
        table.setRowFactory(t -> new SlotRow(openRuns));
        // blank lines stay below the rows, whichever column the rows are sorted by
        table.setSortPolicy(t -> {
            Comparator<LiveRow> order = t.getComparator();
            if (order != null) {
                FXCollections.sort(t.getItems(), Comparator.comparing(LiveRow::isBlank).thenComparing(order));
            }
            return true;
        });
        // a blank line can't be chosen: the keys reach it, so the choice is undone there
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.isBlank()) {
                table.getSelectionModel().clearSelection();
            }
        });
        // The row carries its colour, so a new environment's swatch needs no pass over every cell.
        TableColumn<LiveRow, SummaryRow> environment = column("results.col.environment", r -> r, 160);
        environment.setComparator(Comparator.nullsLast(Comparator.comparing(SummaryRow::environment)));
        environment.setCellFactory(c -> new SwatchCell());
        TableColumn<LiveRow, List<String>> warnings = column("results.col.warnings", SummaryRow::warnings, 44);
        warnings.setCellFactory(c -> new WarningsCell());
        List<TableColumn<LiveRow, String>> theirs = List.of(
                column("results.col.theirMean", r -> numbers.format(r.theirMean()), 100),
                column("results.col.theirVerdict", SummaryRow::theirVerdict, 170),
                column("results.col.agreement", SummaryRow::agreement, 120));
        theirs.forEach(c -> c.visibleProperty().bind(overlaid));
        String differs = texts.get("overlay.agree.no");
        String same = texts.get("overlay.agree.yes");
        theirs.get(2).setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                pseudoClassStateChanged(DIFFERS, !empty && differs.equals(item));
                pseudoClassStateChanged(AGREES, !empty && same.equals(item));
            }
        });
        TableColumn<LiveRow, String> mean = number(column("results.col.mean", r -> numbers.format(r.mean()), 100));
        // The unit goes in the header: every row of a chart has the same one.
        mean.textProperty().bind(rows.unit().map(unit -> unit.isBlank() ? texts.get("results.col.mean")
                : texts.get("results.col.meanIn", unit)));
        table.setItems(rows.lines());
        // The verdict first, then another campaign's beside it, then the evidence, then the spread.
        table.getColumns().setAll(List.of(environment,
                column("results.col.cell", SummaryRow::cell, 150),
                number(column("results.col.n", SummaryRow::n, 36)),
                mean,
                number(column("results.col.ci", r -> range(r.ciLow(), r.ciHigh()), 120)),
                column("results.col.verdict", SummaryRow::verdict, 170),
                theirs.get(1), theirs.get(2), theirs.get(0),
                number(column("results.col.ratio", this::ratio, 185)),
                number(column("results.col.p", r -> p(r.pHolm()), 82)),
                warnings,
                number(column("results.col.sd", r -> numbers.format(r.sd()), 70)),
                number(column("results.col.cv", r -> percent(r.cv()), 65)),
                number(column("results.col.median", r -> numbers.format(r.median()), 80))));
    }

    /** A cell follows its line: it is drawn again only when its own value changes. */
    private <T> TableColumn<LiveRow, T> column(String key, Function<SummaryRow, T> value, double width) {
        TableColumn<LiveRow, T> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> c.getValue().property().map(value));
        column.setPrefWidth(width);
        column.setId("col-" + key.substring(key.lastIndexOf('.') + 1));
        return column;
    }

    private static TableColumn<LiveRow, String> number(TableColumn<LiveRow, String> column) {
        column.getStyleClass().add("number-column");
        return column;
    }

    private String range(double low, double high) {
        return Double.isFinite(low) && Double.isFinite(high) ? numbers.format(low) + " – " + numbers.format(high)
                : "–";
    }

    private String ratio(SummaryRow r) {
        if (!Double.isFinite(r.ratio())) {
            return "–";
        }
        String ratio = numbers.format(r.ratio()) + "×";
        return Double.isFinite(r.ratioLow()) && Double.isFinite(r.ratioHigh())
                ? ratio + " [" + numbers.format(r.ratioLow()) + ", " + numbers.format(r.ratioHigh()) + "]" : ratio;
    }

    private String percent(double fraction) {
        return Double.isFinite(fraction) ? numbers.format(fraction * 100) + " %" : "–";
    }

    private String p(double p) {
        if (!Double.isFinite(p)) {
            return "–";
        }
        return p < 0.001 ? "< " + numbers.format(0.001) : numbers.format(p);
    }

    /**
     * How many warnings a line has; what they say shows when the pointer rests on it. The tooltip is
     * made when the pointer first enters a cell that has warnings: a tooltip is a window of its
     * own, and making one for each line as a run's first results filled the table took 5 ms each
     * on the FX thread.
     */
    private static final class WarningsCell extends TableCell<LiveRow, List<String>> {

        private List<String> shown = List.of();
        private Tooltip tip;

        WarningsCell() {
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> explain());
        }

        @Override
        protected void updateItem(List<String> item, boolean empty) {
            super.updateItem(item, empty);
            shown = empty || item == null ? List.of() : item;
            setText(shown.isEmpty() ? null : "⚠ " + shown.size());
            pseudoClassStateChanged(WARNED, !shown.isEmpty());
            if (shown.isEmpty()) {
                if (getTooltip() != null) {
                    setTooltip(null);
                }
            } else if (tip != null) {
                tip.setText(String.join("\n", shown));
            }
        }

        private void explain() {
            if (shown.isEmpty()) {
                return;
            }
            if (tip == null) {
                tip = new Tooltip();
                tip.setShowDelay(Duration.millis(200));
                tip.setWrapText(true);
                tip.setMaxWidth(520);
            }
            tip.setText(String.join("\n", shown));
            if (getTooltip() != tip) {
                setTooltip(tip);
            }
        }
    }

    /**
     * An environment's name after the colour of its bars. A node put into the scene is styled in
     * the next pulse, and a pulse that only restyles, changing nothing on screen, still makes JavaFX
     * draw the window: with no dirty region to bound it, all of it, 35-55 ms for the software
     * renderer. So the cell's nodes stay: one swatch, recoloured, and the name beside it in a
     * graphic of their own, the cell itself without text (a label with a graphic takes the graphic
     * out and puts it back whenever its text changes, as a blank line gets its first figures).
     */
    private static final class SwatchCell extends TableCell<LiveRow, SummaryRow> {

        private static final double GAP = 6;

        private final Rectangle box = new Rectangle(12, 12, Color.TRANSPARENT);
        private final Label name = new Label();

        SwatchCell() {
            HBox content = new HBox(GAP, box, name);
            content.setAlignment(Pos.CENTER_LEFT);
            box.setMouseTransparent(true);
            setGraphic(content);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(SummaryRow item, boolean empty) {
            super.updateItem(item, empty);
            boolean shown = !empty && item != null;
            name.setText(shown ? item.environment() : null);
            setAccessibleText(name.getText());
            if (shown) {
                java.awt.Color awt = Palette.colour(item.colour());
                box.setFill(Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue()));
            } else {
                box.setFill(Color.TRANSPARENT);
            }
        }
    }

    /**
     * A line of the table: a double click shows its runs; a blank one looks like the empty lines
     * below a table's rows (no hover, no choice).
     */
    private static final class SlotRow extends TableRow<LiveRow> {

        private static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");
        private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

        private final InvalidationListener blankOrNot = o -> markBlank();

        SlotRow(Consumer<CellKey> openRuns) {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null && !getItem().isBlank()) {
                    openRuns.accept(getItem().get().key());
                }
            });
            itemProperty().addListener((obs, old, now) -> {
                if (old != null) {
                    old.property().removeListener(blankOrNot);
                }
                if (now != null) {
                    now.property().addListener(blankOrNot);
                }
            });
        }

        @Override
        protected void updateItem(LiveRow item, boolean empty) {
            super.updateItem(item, empty);
            markBlank();
        }

        private void markBlank() {
            boolean blank = !isEmpty() && getItem() != null && getItem().isBlank();
            setMouseTransparent(blank);
            if (blank) {
                pseudoClassStateChanged(FILLED, false);
                pseudoClassStateChanged(EMPTY, true);
            } else {
                pseudoClassStateChanged(FILLED, !isEmpty());
                pseudoClassStateChanged(EMPTY, isEmpty());
            }
        }
    }
}
