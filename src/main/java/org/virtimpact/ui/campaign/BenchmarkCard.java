package org.virtimpact.ui.campaign;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.virtimpact.ui.Texts;

/**
 * One benchmark of the matrix editor: its title and device, then each axis as a row of value
 * chips (× removes one) and a field to type the next value, refused inline with the reason.
 */
final class BenchmarkCard {

    private BenchmarkCard() {
    }

    static Node create(BenchmarkEditor benchmark, Texts texts) {
        Label id = new Label(benchmark.id());
        id.getStyleClass().add("benchmark-id");
        Label device = new Label(benchmark.device());
        device.getStyleClass().add("device-chip");
        device.setVisible(!benchmark.device().isEmpty());
        Label title = new Label(benchmark.title());
        title.getStyleClass().add("benchmark-title");
        // the description gives way when the pane is narrow (it is long in Portuguese), never the
        // id, the device or Remove; its whole text is one hover away
        title.setMinWidth(0);
        title.setTooltip(new Tooltip(benchmark.title()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button remove = new Button(texts.get("matrix.removeBenchmark"));
        remove.getStyleClass().add("link-button");
        remove.setMnemonicParsing(false);
        remove.setTooltip(new Tooltip(texts.get("matrix.removeBenchmark.tip", benchmark.id())));
        remove.setOnAction(e -> benchmark.remove());
        for (Region fixed : List.of(id, device, remove)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(8, id, device, title, spacer, remove);
        header.getStyleClass().add("benchmark-header");
        VBox card = new VBox(6, header);
        card.getStyleClass().add("benchmark-card");
        card.setId("benchmark-" + benchmark.id());
        if (!benchmark.problem().isEmpty()) {
            card.getChildren().add(problem(benchmark.problem()));
        }
        if (!benchmark.options().isEmpty()) {
            Label options = new Label(texts.get("matrix.options", benchmark.options()));
            options.getStyleClass().add("hint");
            options.setWrapText(true);
            card.getChildren().add(options);
        }
        if (benchmark.axes().isEmpty()) {
            Label none = new Label(texts.get("matrix.noAxes"));
            none.getStyleClass().add("hint");
            card.getChildren().add(none);
        }
        benchmark.axes().forEach(axis -> card.getChildren().add(axisRow(benchmark.id(), axis, texts)));
        return card;
    }

    private static Node axisRow(String benchmarkId, AxisEditor axis, Texts texts) {
        Label name = new Label(axis.name());
        name.getStyleClass().add("axis-name");
        name.setMinWidth(72);
        FlowPane chips = new FlowPane(6, 6);
        chips.getStyleClass().add("axis-values");
        HBox.setHgrow(chips, Priority.ALWAYS);
        TextField add = new TextField();
        add.setId("add-" + benchmarkId + "-" + axis.name());
        add.setPrefColumnCount(7);
        add.setPromptText(texts.get(axis.sized() ? "matrix.add.sized" : "matrix.add"));
        add.textProperty().bindBidirectional(axis.pendingProperty());
        add.setOnAction(e -> axis.add());
        Button plus = new Button("+");
        plus.getStyleClass().add("add-value");
        plus.setMnemonicParsing(false);
        plus.setTooltip(new Tooltip(texts.get("matrix.add.tip", axis.name())));
        plus.disableProperty().bind(axis.canAddProperty().not());
        plus.setOnAction(e -> {
            axis.add();
            add.requestFocus();
        });
        Runnable fill = () -> {
            chips.getChildren().setAll(axis.values().stream().map(v -> chip(axis, v, texts)).toList());
            chips.getChildren().add(new HBox(2, add, plus));
        };
        axis.values().addListener((ListChangeListener<AxisEditor.AxisValue>) c -> fill.run());
        fill.run();
        Label problem = problem("");
        problem.setId("problem-" + benchmarkId + "-" + axis.name());
        problem.textProperty().bind(axis.problemProperty());
        problem.visibleProperty().bind(axis.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        axis.problemProperty().addListener((obs, old, now) -> {
            add.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                add.getStyleClass().add("invalid");
            }
        });
        HBox row = new HBox(8, name, chips);
        row.getStyleClass().add("axis-row");
        return new VBox(4, row, problem);
    }

    private static Node chip(AxisEditor axis, AxisEditor.AxisValue value, Texts texts) {
        Label text = new Label(value.text());
        Button remove = new Button("\u00d7");
        remove.getStyleClass().add("chip-remove");
        remove.setMnemonicParsing(false);
        remove.setTooltip(new Tooltip(texts.get("matrix.removeValue", value.text())));
        remove.setOnAction(e -> axis.remove(value.text()));
        remove.setFocusTraversable(false);
        HBox chip = new HBox(2, text, remove);
        chip.getStyleClass().add("value-chip");
        String tip = value.problem().isEmpty() ? value.meaning() : value.problem();
        if (!value.problem().isEmpty()) {
            chip.getStyleClass().add("invalid");
        }
        if (!tip.isEmpty()) {
            Tooltip.install(chip, new Tooltip(tip));
        }
        return chip;
    }

    private static Label problem(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        return label;
    }
}
