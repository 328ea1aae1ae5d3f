package org.virtimpact.ui.results;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.ui.ListEdits;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.notes.NotesViewModel;

/**
 * The notes under a device's chart: one chip per note on the metric shown, each with its remove
 * button, and the editor that adds a note on a category of that metric.
 */
final class NoteStrip {

    private final DeviceResultsViewModel viewModel;
    private final NotesViewModel notesModel;
    private final Texts texts;
    private final FlowPane chips;
    private final ComboBox<String> category;
    private final TextField text;

    /** Takes over the strip's controls, as loaded from DeviceResults.fxml. */
    NoteStrip(DeviceResultsViewModel viewModel, NotesViewModel notesModel, Texts texts, FlowPane chips,
              ComboBox<String> category, TextField text, Button add) {
        this.viewModel = viewModel;
        this.notesModel = notesModel;
        this.texts = texts;
        this.chips = chips;
        this.category = category;
        this.text = text;
        // The list is filled only while a person uses it: focused (the arrow keys step through it)
        // or open. A combo box keeps a list view of its items, styled and laid out even while
        // closed, and a run's reports change the chart's categories: 5 ms of the FX thread each
        // time, in the pulse that draws the new chart.
        category.focusedProperty().addListener((obs, was, now) -> fillIfInUse());
        category.setOnShowing(e -> fill());
        viewModel.categories().addListener((ListChangeListener<String>) c -> {
            chooseFirstUnlessChosen();
            fillIfInUse();
        });
        chooseFirstUnlessChosen();
        add.disableProperty().bind(text.textProperty().isEmpty().or(category.valueProperty().isNull()));
        add.setOnAction(e -> add());
        text.setOnAction(e -> add());
        viewModel.notes().addListener((ListChangeListener<Annotation>) c -> showNotes());
        showNotes();
    }

    private void fillIfInUse() {
        if (category.isFocused() || category.isShowing()) {
            fill();
        }
    }

    private void fill() {
        ListEdits.replace(category.getItems(), viewModel.categories());
    }

    private void chooseFirstUnlessChosen() {
        List<String> now = viewModel.categories();
        if (category.getValue() == null || !now.contains(category.getValue())) {
            category.setValue(now.isEmpty() ? null : now.get(0));
        }
    }

    /** From the chart's context menu: the note editor, ready for the clicked category. */
    void start(String clicked) {
        category.setValue(clicked);
        text.requestFocus();
    }

    private void showNotes() {
        chips.getChildren().clear();
        List<Annotation> notes = viewModel.notes();
        for (int i = 0; i < notes.size(); i++) {
            Annotation note = notes.get(i);
            Label label = new Label(texts.get("notes.chip", i + 1, note.category(), note.text()));
            label.setWrapText(true);
            label.setMaxWidth(520);
            Button remove = new Button("✕");
            remove.getStyleClass().add("chip-remove");
            remove.setAccessibleText(texts.get("notes.remove"));
            remove.setOnAction(e -> notesModel.remove(note));
            HBox chip = new HBox(6, label, remove);
            chip.getStyleClass().add("note-chip");
            chips.getChildren().add(chip);
        }
    }

    private void add() {
        viewModel.query().ifPresent(q -> {
            if (notesModel.add(q.device(), q.benchmark(), q.metric().name(), category.getValue(), text.getText())) {
                text.clear();
            }
        });
    }
}
