package org.virtimpact.ui.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.util.StringConverter;
import org.virtimpact.core.report.ImpactRow;
import org.virtimpact.ui.InFront;
import org.virtimpact.ui.ListEdits;
import org.virtimpact.ui.Texts;

/** The Conclusions tab: the impact table, its sentences to rewrite, and conclusions per device. */
public final class ImpactView {

    private final ImpactViewModel viewModel;
    private final Texts texts;
    private final Parent root;
    /** The table's copy of the view model's rows, taken only while the tab is in front. */
    private final ObservableList<ImpactRow> shownRows = FXCollections.observableArrayList();
    private final InFront front = new InFront(this::catchUp);

    @FXML private TableView<ImpactRow> impactTable;
    @FXML private TableColumn<ImpactRow, String> deviceColumn;
    @FXML private TableColumn<ImpactRow, String> comparedColumn;
    @FXML private TableColumn<ImpactRow, String> levelColumn;
    @FXML private TableColumn<ImpactRow, String> aheadColumn;
    @FXML private TableColumn<ImpactRow, String> statusColumn;
    @FXML private TableColumn<ImpactRow, String> sentenceColumn;
    @FXML private Label rowTitle;
    @FXML private Label otherBaselines;
    @FXML private Label englishBadge;
    @FXML private Label portugueseBadge;
    @FXML private TextArea englishText;
    @FXML private TextArea portugueseText;
    @FXML private Label englishStale;
    @FXML private Label portugueseStale;
    @FXML private Button saveEnglish;
    @FXML private Button revertEnglish;
    @FXML private Button savePortuguese;
    @FXML private Button revertPortuguese;
    @FXML private ComboBox<String> device;
    @FXML private TextArea deviceText;
    @FXML private Button saveDevice;

    public ImpactView(ImpactViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        FXMLLoader loader = new FXMLLoader(ImpactView.class.getResource("Impact.fxml"), texts.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Impact.fxml is missing from this build", e);
        }
    }

    public Parent root() {
        return root;
    }

    /**
     * The impact table follows the view model while {@code inFront} (its tab is selected) holds: a
     * run changes it at every report, and a hidden table built anew each time cost the FX thread
     * tens of milliseconds for nothing anyone saw.
     */
    public void showWhile(ObservableBooleanValue inFront) {
        front.follow(inFront);
        front.changed();
    }

    private void catchUp() {
        ListEdits.replace(shownRows, viewModel.rows());
        select(viewModel.selectedProperty().get());
    }

    @FXML
    private void initialize() {
        text(deviceColumn, r -> texts.words().device(r.device()));
        text(comparedColumn, r -> texts.get("impact.compared", r.environment(), r.baseline()));
        text(levelColumn, r -> texts.get("impact.level." + r.level().name()));
        text(aheadColumn, r -> r.aheadName().isEmpty() ? texts.get("impact.ahead." + r.ahead().name())
                : r.aheadName());
        text(statusColumn, this::status);
        // The table reads in the person's language; both sentences are edited below it.
        String language = "pt".equals(texts.locale().getLanguage()) ? ImpactRow.PORTUGUESE : ImpactRow.ENGLISH;
        text(sentenceColumn, r -> r.sentence(language));
        impactTable.setItems(shownRows);
        viewModel.rows().addListener((ListChangeListener<ImpactRow>) c -> front.changed());
        catchUp();
        impactTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> select(now));
        rowTitle.textProperty().bind(Bindings.createStringBinding(() -> title(viewModel.selectedProperty().get()),
                viewModel.selectedProperty()));
        otherBaselines.textProperty().bind(viewModel.otherBaselinesProperty());
        otherBaselines.managedProperty().bind(otherBaselines.textProperty().isNotEmpty());
        otherBaselines.visibleProperty().bind(otherBaselines.managedProperty());

        bindSentence(viewModel.english(), englishText, englishBadge, englishStale, saveEnglish, revertEnglish);
        bindSentence(viewModel.portuguese(), portugueseText, portugueseBadge, portugueseStale, savePortuguese,
                revertPortuguese);

        device.setItems(viewModel.devices());
        // the campaign stores "Disk"; the person reads it in their language
        device.setConverter(new StringConverter<>() {
            @Override
            public String toString(String stored) {
                return stored == null ? "" : texts.words().device(stored);
            }

            @Override
            public String fromString(String shown) {
                return device.getValue();
            }
        });
        device.valueProperty().bindBidirectional(viewModel.deviceProperty());
        deviceText.textProperty().bindBidirectional(viewModel.deviceTextProperty());
        deviceText.disableProperty().bind(viewModel.deviceProperty().isNull());
        saveDevice.disableProperty().bind(viewModel.deviceDirtyProperty().not());
    }

    private void bindSentence(SentenceEditor sentence, TextArea area, Label badge, Label stale, Button save,
                              Button revert) {
        area.textProperty().bindBidirectional(sentence.textProperty());
        area.disableProperty().bind(viewModel.selectedProperty().isNull());
        badge.textProperty().bind(Bindings.createStringBinding(() -> sentence.staleProperty().get()
                ? texts.get("impact.badge.stale") : sentence.editedProperty().get() ? texts.get("impact.badge.edited")
                : texts.get("impact.badge.draft"), sentence.staleProperty(), sentence.editedProperty()));
        badge.getStyleClass().add("badge");
        sentence.staleProperty().addListener((obs, was, now) -> badge.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("stale"), now));
        stale.textProperty().bind(Bindings.createStringBinding(() -> sentence.staleProperty().get()
                ? texts.get("impact.stale", sentence.draftProperty().get()) : "", sentence.staleProperty(),
                sentence.draftProperty()));
        stale.managedProperty().bind(stale.textProperty().isNotEmpty());
        stale.visibleProperty().bind(stale.managedProperty());
        save.disableProperty().bind(sentence.dirtyProperty().not());
        revert.disableProperty().bind(sentence.editedProperty().not());
    }

    private void select(ImpactRow row) {
        if (row != null && impactTable.getSelectionModel().getSelectedItem() != row) {
            impactTable.getSelectionModel().select(row);
        }
    }

    private String title(ImpactRow row) {
        return row == null ? texts.get("impact.noRow")
                : texts.get("impact.rowTitle", texts.words().device(row.device()), row.environment(), row.baseline());
    }

    private String status(ImpactRow row) {
        boolean stale = row.stale(ImpactRow.ENGLISH) || row.stale(ImpactRow.PORTUGUESE);
        boolean edited = !row.edits().isEmpty();
        return texts.get(stale ? "impact.badge.stale" : edited ? "impact.badge.edited" : "impact.badge.draft");
    }

    private static void text(TableColumn<ImpactRow, String> column, Function<ImpactRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void saveEnglish() {
        viewModel.save(viewModel.english());
    }

    @FXML
    private void revertEnglish() {
        viewModel.revert(viewModel.english());
    }

    @FXML
    private void savePortuguese() {
        viewModel.save(viewModel.portuguese());
    }

    @FXML
    private void revertPortuguese() {
        viewModel.revert(viewModel.portuguese());
    }

    @FXML
    private void saveDevice() {
        viewModel.saveDeviceConclusion();
    }
}
