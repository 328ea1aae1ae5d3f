package org.virtimpact.ui.results;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.virtimpact.chart.Palette;
import org.virtimpact.ui.Texts;

/**
 * The columns of the table beside a chart: the cell's statistics, its comparison with the
 * baseline, its warnings, and, while another campaign is laid over, that campaign's mean and
 * verdict and whether they agree with ours.
 */
final class SummaryTable {

    private final Texts texts;
    private final Numbers numbers;

    SummaryTable(Texts texts, Numbers numbers) {
        this.texts = texts;
        this.numbers = numbers;
    }

    /**
     * @param rows     what the table shows
     * @param colourOf the palette index of an environment, as its bars have it */
    void configure(TableView<SummaryRow> table, ObservableList<SummaryRow> rows, ToIntFunction<String> colourOf,
                   ObservableBooleanValue overlaid) {
        TableColumn<SummaryRow, String> environment = text("results.col.environment", SummaryRow::environment, 160);
        environment.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setGraphic(empty || item == null ? null : swatch(colourOf.applyAsInt(item)));
            }
        });
        TableColumn<SummaryRow, String> warnings = text("results.col.warnings", r -> r.warnings().isEmpty() ? ""
                : "⚠ " + r.warnings().size(), 44);
        warnings.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                SummaryRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                getStyleClass().remove("warning-cell");
                setTooltip(null);
                if (row != null && !row.warnings().isEmpty()) {
                    getStyleClass().add("warning-cell");
                    Tooltip tip = new Tooltip(String.join("\n", row.warnings()));
                    tip.setShowDelay(Duration.millis(200));
                    tip.setWrapText(true);
                    tip.setMaxWidth(520);
                    setTooltip(tip);
                }
            }
        });
        List<TableColumn<SummaryRow, String>> theirs = List.of(
                text("results.col.theirMean", r -> numbers.format(r.theirMean()), 100),
                text("results.col.theirVerdict", SummaryRow::theirVerdict, 170),
                text("results.col.agreement", SummaryRow::agreement, 120));
        theirs.forEach(c -> c.visibleProperty().bind(overlaid));
        String differs = texts.get("overlay.agree.no");
        String same = texts.get("overlay.agree.yes");
        theirs.get(2).setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("agree-no", "agree-yes");
                if (!empty && differs.equals(item)) {
                    getStyleClass().add("agree-no");
                } else if (!empty && same.equals(item)) {
                    getStyleClass().add("agree-yes");
                }
            }
        });
        TableColumn<SummaryRow, String> mean = number(text("results.col.mean", r -> numbers.format(r.mean()), 100));
        // The unit goes in the header: every row of a chart has the same one.
        rows.addListener((ListChangeListener<SummaryRow>) c -> mean.setText(rows.isEmpty()
                || rows.get(0).unit().isBlank() ? texts.get("results.col.mean")
                : texts.get("results.col.meanIn", rows.get(0).unit())));
        table.setItems(rows);
        // The verdict first, then another campaign's beside it, then the evidence, then the spread.
        table.getColumns().setAll(List.of(environment,
                text("results.col.cell", SummaryRow::cell, 150),
                number(text("results.col.n", SummaryRow::n, 36)),
                mean,
                number(text("results.col.ci", r -> range(r.ciLow(), r.ciHigh()), 120)),
                text("results.col.verdict", SummaryRow::verdict, 170),
                theirs.get(1), theirs.get(2), theirs.get(0),
                number(text("results.col.ratio", this::ratio, 185)),
                number(text("results.col.p", r -> p(r.pHolm()), 82)),
                warnings,
                number(text("results.col.sd", r -> numbers.format(r.sd()), 70)),
                number(text("results.col.cv", r -> percent(r.cv()), 65)),
                number(text("results.col.median", r -> numbers.format(r.median()), 80))));
    }

    private TableColumn<SummaryRow, String> text(String key, Function<SummaryRow, String> value, double width) {
        TableColumn<SummaryRow, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setId("col-" + key.substring(key.lastIndexOf('.') + 1));
        return column;
    }

    private static TableColumn<SummaryRow, String> number(TableColumn<SummaryRow, String> column) {
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

    private static Label swatch(int colour) {
        java.awt.Color awt = Palette.colour(colour);
        Rectangle box = new Rectangle(12, 12, Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue()));
        Label label = new Label(null, box);
        label.setMinWidth(14);
        return label;
    }
}
