package org.virtimpact.ui.results;

import java.io.File;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Export menu of a results tab. Only the dialogs and the clipboard live here; what is
 * written, and how, is {@link ExportViewModel}'s.
 */
final class ChartExportMenu {

    private final ExportViewModel viewModel;
    private final DeviceResultsViewModel tab;
    private final MenuButton button = new MenuButton("Export");

    ChartExportMenu(ExportViewModel viewModel, DeviceResultsViewModel tab) {
        this.viewModel = viewModel;
        this.tab = tab;
        MenuItem save = new MenuItem("Save chart as PNG, SVG or PDF…");
        save.setOnAction(e -> save());
        MenuItem copy = new MenuItem("Copy chart");
        copy.setOnAction(e -> viewModel.copyChart(tab, image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(image, null));
            Clipboard.getSystemClipboard().setContent(content);
        }));
        MenuItem all = new MenuItem("Export all charts, deck and tables…");
        all.setOnAction(e -> exportAll());
        CheckMenuItem caption = new CheckMenuItem("Caption under figures");
        caption.selectedProperty().bindBidirectional(viewModel.captionProperty());
        CheckMenuItem hiDpi = new CheckMenuItem("PNG and copy at 2× (3840 × 2160)");
        hiDpi.selectedProperty().bindBidirectional(viewModel.hiDpiProperty());
        button.getItems().setAll(save, copy, all, new SeparatorMenuItem(), caption, hiDpi);
        button.setId("export-" + tab.device());
        button.disableProperty().bind(viewModel.busyProperty().or(tab.chartProperty().isNull()));
        save.setId("export-save");
        copy.setId("export-copy");
        all.setId("export-all");
    }

    Node node() {
        return button;
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the " + tab.device() + " chart");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PNG picture", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"),
                new FileChooser.ExtensionFilter("PDF (vector)", "*.pdf"));
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
        chooser.setTitle("Choose a folder for the charts, the deck and the tables");
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            viewModel.exportAll(Path.of(chosen.getPath()));
        }
    }

    private Window window() {
        return button.getScene() == null ? null : button.getScene().getWindow();
    }
}
