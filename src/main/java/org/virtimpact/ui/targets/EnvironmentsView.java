package org.virtimpact.ui.targets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.virtimpact.ui.InFront;
import org.virtimpact.ui.ListEdits;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.targets.EnvironmentForm.Connection;
import org.virtimpact.ui.targets.EnvironmentsViewModel.Item;

/**
 * The environments tab: binds to {@link EnvironmentsViewModel}. A field's edit is taken in when
 * Enter is pressed or the field is left, so Undo takes back one field at a time.
 */
public final class EnvironmentsView {

    private final EnvironmentsViewModel viewModel;
    private final Texts texts;
    private final Parent root;
    private boolean replacingRows;
    /** The table's copy of the view model's rows, taken only while the tab is in front. */
    private final ObservableList<Item> shownItems = FXCollections.observableArrayList();
    private final InFront front = new InFront(this::catchUp);

    @FXML private Label warnings;
    @FXML private TableView<Item> table;
    @FXML private TableColumn<Item, String> nameColumn;
    @FXML private TableColumn<Item, String> modeColumn;
    @FXML private TableColumn<Item, String> connectionColumn;
    @FXML private TableColumn<Item, String> fingerprintColumn;
    @FXML private Button removeButton;
    @FXML private Button testButton;
    @FXML private Button cancelTestButton;
    @FXML private VBox form;
    @FXML private TextField nameField;
    @FXML private ComboBox<String> modeField;
    @FXML private ChoiceBox<Connection> connectionField;
    @FXML private TextField hostField;
    @FXML private TextField aliasField;
    @FXML private TextField sshConfigField;
    @FXML private TextField userField;
    @FXML private TextField portField;
    @FXML private TextField identityField;
    @FXML private TextField knownHostsField;
    @FXML private TextField scratchField;
    @FXML private TextField peerField;
    @FXML private TextField groupField;
    @FXML private HBox hostRow;
    @FXML private HBox aliasRow;
    @FXML private HBox sshConfigRow;
    @FXML private HBox userRow;
    @FXML private HBox portRow;
    @FXML private HBox identityRow;
    @FXML private HBox knownHostsRow;
    @FXML private Label problem;
    @FXML private HBox testBar;
    @FXML private Label testSummary;
    @FXML private Button allChecksButton;
    @FXML private VBox checks;

    public EnvironmentsView(EnvironmentsViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        FXMLLoader loader = new FXMLLoader(EnvironmentsView.class.getResource("Environments.fxml"), texts.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Environments.fxml is missing from this build", e);
        }
    }

    public Parent root() {
        return root;
    }

    /**
     * The table follows the view model while {@code inFront} (its tab is selected) holds: a run
     * reads the guests' facts again as it goes, and a hidden table filled anew cost the FX thread
     * a layout pass for nothing anyone saw.
     */
    public void showWhile(ObservableBooleanValue inFront) {
        front.follow(inFront);
        front.changed();
    }

    @FXML
    private void initialize() {
        warnings.textProperty().bind(Bindings.createStringBinding(() -> viewModel.warnings().isEmpty() ? ""
                : texts.get("environments.warnings", String.join("\n\u2022 ", viewModel.warnings())),
                viewModel.warnings()));
        show(warnings, warnings.textProperty().isNotEmpty());
        bindTable();
        bindForm();
        ConnectionTestViewModel test = viewModel.test();
        removeButton.disableProperty().bind(viewModel.selectedProperty().lessThan(0));
        testButton.disableProperty().bind(viewModel.selectedProperty().lessThan(0).or(test.runningProperty()));
        show(cancelTestButton, test.runningProperty());
        // A button that disables itself would hand focus to the next field, whose text a key
        // stroke would then replace; keep the keyboard on Test/Cancel instead.
        test.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                cancelTestButton.requestFocus();
            } else if (cancelTestButton.isFocused()) {
                testButton.requestFocus();
            }
        });
        problem.textProperty().bind(viewModel.problemProperty());
        show(problem, viewModel.problemProperty().isNotEmpty());
        testSummary.textProperty().bind(test.summaryProperty());
        test.outcomeProperty().addListener((obs, old, now) -> {
            testSummary.getStyleClass().removeIf(c -> c.startsWith("outcome-"));
            testSummary.getStyleClass().add("outcome-" + now.name());
        });
        test.lines().addListener((ListChangeListener<CheckLine>) c ->
                checks.getChildren().setAll(CheckCards.of(test.lines(), texts)));
        show(allChecksButton, Bindings.isNotEmpty(test.lines()));
        show(testBar, test.summaryProperty().isNotEmpty());
    }

    private void bindTable() {
        table.setItems(shownItems);
        viewModel.items().addListener((ListChangeListener<Item>) c -> front.changed());
        catchUp();
        column(nameColumn, Item::name);
        column(modeColumn, Item::mode);
        column(connectionColumn, Item::connection);
        column(fingerprintColumn, Item::fingerprint);
        fingerprintColumn.setCellFactory(c -> new FingerprintCell(texts));
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!replacingRows && index.intValue() >= 0 && index.intValue() != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(index.intValue());
            }
        });
        viewModel.selectedProperty().addListener((obs, old, index) -> select(index.intValue()));
        select(viewModel.selectedProperty().get());
        show(form, viewModel.selectedProperty().greaterThanOrEqualTo(0));
    }

    /**
     * While the rows are replaced (an edit, a fingerprint read), the table moves its selection
     * about on its own; only the person's choice of a row may change the one being edited.
     */
    private void catchUp() {
        replacingRows = true;
        try {
            ListEdits.replace(shownItems, viewModel.items());
        } finally {
            replacingRows = false;
        }
        select(viewModel.selectedProperty().get());
    }

    private void select(int index) {
        if (table.getSelectionModel().getSelectedIndex() != index && index < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(index);
        }
    }

    private void bindForm() {
        EnvironmentForm f = viewModel.form();
        for (var pair : List.of(new Field(nameField, f.nameProperty()), new Field(hostField, f.hostProperty()),
                new Field(aliasField, f.aliasProperty()), new Field(sshConfigField, f.sshConfigProperty()),
                new Field(userField, f.userProperty()), new Field(portField, f.portProperty()),
                new Field(identityField, f.identityFileProperty()), new Field(knownHostsField, f.knownHostsProperty()),
                new Field(scratchField, f.scratchDirProperty()), new Field(peerField, f.peerProperty()),
                new Field(groupField, f.groupProperty()))) {
            pair.field().textProperty().bindBidirectional(pair.value());
            pair.field().setOnAction(e -> viewModel.commit());
            pair.field().focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    viewModel.commit();
                }
            });
        }
        modeField.getItems().setAll(EnvironmentForm.modes());
        modeField.valueProperty().bindBidirectional(f.modeProperty());
        modeField.valueProperty().addListener((obs, old, now) -> viewModel.commit());
        connectionField.getItems().setAll(Connection.values());
        connectionField.setConverter(new StringConverter<>() {
            @Override
            public String toString(Connection c) {
                return c == null ? "" : texts.get("environments.connection." + c.name());
            }

            @Override
            public Connection fromString(String s) {
                return null;
            }
        });
        connectionField.valueProperty().bindBidirectional(f.connectionProperty());
        connectionField.valueProperty().addListener((obs, old, now) -> viewModel.commit());
        ObservableValue<Boolean> ssh = f.connectionProperty().isEqualTo(Connection.SSH);
        ObservableValue<Boolean> alias = f.connectionProperty().isEqualTo(Connection.SSH_ALIAS);
        ObservableValue<Boolean> remote = f.connectionProperty().isNotEqualTo(Connection.LOCAL);
        show(hostRow, ssh);
        show(aliasRow, alias);
        show(sshConfigRow, alias);
        for (Node row : List.of(userRow, portRow, identityRow, knownHostsRow)) {
            show(row, remote);
        }
    }

    private record Field(TextField field, StringProperty value) {
    }

    private static void show(Node node, ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void column(TableColumn<Item, String> column, Function<Item, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void add() {
        viewModel.add();
        nameField.requestFocus();
        nameField.selectAll();
    }

    @FXML
    private void remove() {
        viewModel.remove();
    }

    @FXML
    private void test() {
        viewModel.testSelected();
    }

    /** The whole preflight table, wider than the pane can show it. */
    @FXML
    private void showAllChecks() {
        CheckTableView.showDialog(root.getScene().getWindow(), viewModel.test().lines(), texts);
    }

    @FXML
    private void cancelTest() {
        viewModel.test().cancel();
    }
}
