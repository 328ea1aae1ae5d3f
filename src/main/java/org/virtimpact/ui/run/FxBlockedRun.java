package org.virtimpact.ui.run;

import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.virtimpact.core.preflight.CheckStatus;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.ui.FxDialogs;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.targets.CheckLine;
import org.virtimpact.ui.targets.CheckTableView;

/**
 * The checks that stopped a run, as one table, with "Run anyway" for the person who knows better
 * than a check (the command line's {@code --skip-checks}). Close is the default button.
 */
public final class FxBlockedRun implements RunGate.Blocked {

    private final Window owner;
    private final Texts texts;

    public FxBlockedRun(Window owner, Texts texts) {
        this.owner = owner;
        this.texts = texts;
    }

    @Override
    public void show(PreflightReport report, Runnable runAnyway) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        FxDialogs.followOwner(alert.getDialogPane(), owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle("VirtImpact");
        alert.setHeaderText(texts.get("run.blocked.header", report.failures()));
        alert.setResizable(true);
        TableView<CheckLine> table = CheckTableView.create(FXCollections.observableArrayList(
                CheckLine.of(report, texts.words()).stream().filter(l -> l.status() != CheckStatus.OK)
                        .toList()), texts);
        table.setPrefSize(900, 320);
        Label hint = new Label(texts.get("run.blocked.hint"));
        hint.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(10, hint, table));
        alert.getDialogPane().getStylesheets().add(CheckTableView.STYLESHEET);
        ButtonType anyway = new ButtonType(texts.get("run.blocked.anyway"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(texts.get("run.blocked.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(anyway, close);
        ((Button) alert.getDialogPane().lookupButton(close)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(anyway).setId("runAnyway");
        alert.setOnHidden(e -> {
            if (anyway.equals(alert.getResult())) {
                runAnyway.run();
            }
        });
        alert.show();
    }
}
