package org.virtimpact.ui.results;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.virtimpact.ui.Language;
import org.virtimpact.ui.Texts;

/**
 * The Export menu of a results tab. Only the dialogs and the clipboard live here; what is
 * written, and how, is {@link ExportViewModel}'s.
 */
final class ChartExportMenu {

    private final ExportViewModel viewModel;
    private final DeviceResultsViewModel tab;
    private final Texts texts;
    private final MenuButton button;

    ChartExportMenu(ExportViewModel viewModel, DeviceResultsViewModel tab, Texts texts) {
        this.viewModel = viewModel;
        this.tab = tab;
        this.texts = texts;
        button = new MenuButton(texts.get("export.menu"));
        MenuItem save = new MenuItem(texts.get("export.save"));
        save.setOnAction(e -> save());
        MenuItem copy = new MenuItem(texts.get("export.copy"));
        copy.setOnAction(e -> viewModel.copyChart(tab, image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(image, null));
            Clipboard.getSystemClipboard().setContent(content);
        }));
        MenuItem all = new MenuItem(texts.get("export.all"));
        all.setOnAction(e -> exportAll());
        CheckMenuItem caption = new CheckMenuItem(texts.get("export.caption"));
        caption.selectedProperty().bindBidirectional(viewModel.captionProperty());
        CheckMenuItem hiDpi = new CheckMenuItem(texts.get("export.hiDpi"));
        hiDpi.selectedProperty().bindBidirectional(viewModel.hiDpiProperty());
        button.getItems().setAll(save, copy, all, new SeparatorMenuItem(), caption, hiDpi, languageMenu());
        button.setId("export-" + tab.device());
        button.disableProperty().bind(viewModel.busyProperty().or(tab.chartProperty().isNull()));
        save.setId("export-save");
        copy.setId("export-copy");
        all.setId("export-all");
    }

    Node node() {
        return button;
    }

    /** One choice for every tab: the items follow the view model's language, and set it. */
    private Menu languageMenu() {
        Menu menu = new Menu(texts.get("export.language"));
        menu.setId("export-language");
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(
                    texts.get("view.language." + language.name().toLowerCase(Locale.ROOT)));
            item.setToggleGroup(group);
            item.setUserData(language);
            item.setSelected(viewModel.languageProperty().get() == language);
            item.setOnAction(e -> viewModel.languageProperty().set(language));
            menu.getItems().add(item);
        }
        viewModel.languageProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
        return menu;
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("export.save.title", texts.words().device(tab.device())));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(texts.get("export.png"), "*.png"),
                new FileChooser.ExtensionFilter(texts.get("export.svg"), "*.svg"),
                new FileChooser.ExtensionFilter(texts.get("export.pdf"), "*.pdf"));
        viewModel.suggestedFileName(tab).ifPresent(chooser::setInitialFileName);
        File chosen = chooser.showSaveDialog(window());
        if (chosen == null) {
            return;
        }
        // Some platforms return the typed name without the chosen filter's extension.
        String name = chosen.getName();
        if (!name.contains(".")) {
            String ext = chooser.getSelectedExtensionFilter() == null ? ".png"
                    : chooser.getSelectedExtensionFilter().getExtensions().get(0).substring(1);
            chosen = new File(chosen.getParentFile(), name + ext);
        }
        viewModel.saveChart(tab, chosen.toPath());
    }

    private void exportAll() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get("export.all.title"));
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            viewModel.exportAll(Path.of(chosen.getPath()));
        }
    }

    private Window window() {
        return button.getScene() == null ? null : button.getScene().getWindow();
    }
}
