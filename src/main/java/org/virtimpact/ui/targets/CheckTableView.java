package org.virtimpact.ui.targets;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.virtimpact.ui.Texts;

/**
 * A preflight table: a status symbol (coloured, and distinct in shape for those who can't tell
 * the colours apart), the environment, the check, what was found and what to do. Shared by "Test
 * connection" and the checks that stop a run.
 */
public final class CheckTableView {

    /** Colours of the status symbols, for dialogs that show a table outside the main window. */
    public static final String STYLESHEET = CheckTableView.class.getResource("targets.css").toExternalForm();

    private static final double FIX_SHARE = 0.34;

    private CheckTableView() {
    }

    public static TableView<CheckLine> create(ObservableList<CheckLine> lines, Texts texts) {
        TableView<CheckLine> table = new TableView<>(lines);
        table.getStyleClass().add("check-table");
        table.setPlaceholder(new Label(texts.get("test.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CheckLine, String> status = column(texts.get("test.col.status"), CheckLine::symbol);
        status.setCellFactory(c -> new StatusCell(texts));
        status.setPrefWidth(44);
        status.setMaxWidth(44);
        status.setMinWidth(44);
        TableColumn<CheckLine, String> env = column(texts.get("test.col.table"), CheckLine::table);
        env.setPrefWidth(90);
        TableColumn<CheckLine, String> check = column(texts.get("test.col.check"), CheckLine::check);
        check.setPrefWidth(110);
        TableColumn<CheckLine, String> detail = column(texts.get("test.col.detail"), CheckLine::detail);
        detail.setCellFactory(c -> new WrappingCell());
        detail.setPrefWidth(260);
        TableColumn<CheckLine, String> fix = column(texts.get("test.col.fix"), CheckLine::fix);
        fix.setCellFactory(c -> new WrappingCell());
        fix.prefWidthProperty().bind(table.widthProperty().multiply(FIX_SHARE));
        table.getColumns().setAll(List.of(status, env, check, detail, fix));
        return table;
    }

    /** The table in a window of its own, for when the pane it belongs to is too narrow for it. */
    public static void showDialog(Window owner, ObservableList<CheckLine> lines, Texts texts) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        org.virtimpact.ui.FxDialogs.followOwner(alert.getDialogPane(), owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle("VirtImpact");
        alert.setHeaderText(texts.get("test.all.title", lines.isEmpty() ? "" : lines.get(0).table()));
        alert.setResizable(true);
        TableView<CheckLine> table = create(lines, texts);
        table.setPrefSize(1000, 420);
        alert.getDialogPane().setContent(table);
        alert.getDialogPane().getStylesheets().add(STYLESHEET);
        alert.show();
    }

    private static TableColumn<CheckLine, String> column(String title, Function<CheckLine, String> value) {
        TableColumn<CheckLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static final class StatusCell extends TableCell<CheckLine, String> {
        private final Texts texts;

        StatusCell(Texts texts) {
            this.texts = texts;
        }

        @Override
        protected void updateItem(String symbol, boolean empty) {
            super.updateItem(symbol, empty);
            getStyleClass().removeAll("check-OK", "check-WARNING", "check-FAILED", "check-SKIPPED");
            CheckLine line = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (line == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(symbol);
            getStyleClass().add("check-" + line.status().name());
            setTooltip(new Tooltip(texts.get("test.status." + line.status().name())
                    + (line.required() ? "" : " " + texts.get("test.advisory"))));
        }
    }

    /** Long details and fixes wrap instead of hiding behind an ellipsis; a Text knows its height for a width. */
    private static final class WrappingCell extends TableCell<CheckLine, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("wrapped-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty ? null : value);
            setGraphic(empty ? null : text);
        }
    }
}
