package org.virtimpact.ui.results;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.virtimpact.ui.Texts;

/**
 * What a click on the chart does: a bar shows its runs; a right-click on a bar or a category
 * label offers to add a note on that category, or to show the runs.
 */
final class ChartClicks implements ChartMouseListenerFX {

    private final DeviceResultsViewModel viewModel;
    private final Texts texts;
    private final Consumer<String> startNote;
    private final ContextMenu menu = new ContextMenu();
    private ChartViewer viewer;

    /** @param startNote opens the note editor on a category */
    ChartClicks(DeviceResultsViewModel viewModel, Texts texts, Consumer<String> startNote) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.startNote = startNote;
    }

    void attach(ChartViewer chartViewer) {
        viewer = chartViewer;
        viewer.addChartMouseListener(this);
        Tooltip.install(viewer, new Tooltip(texts.get("results.chart.hint")));
    }

    @Override
    public void chartMouseClicked(ChartMouseEventFX event) {
        MouseEvent trigger = event.getTrigger();
        ChartEntity entity = event.getEntity();
        String category = entity instanceof CategoryItemEntity item ? String.valueOf(item.getColumnKey())
                : entity instanceof CategoryLabelEntity label ? String.valueOf(label.getKey()) : null;
        String environment = entity instanceof CategoryItemEntity item ? String.valueOf(item.getRowKey()) : null;
        if (category == null) {
            return;
        }
        if (trigger.getButton() == MouseButton.SECONDARY) {
            MenuItem note = new MenuItem(texts.get("notes.add.on", category));
            note.setOnAction(e -> startNote.accept(category));
            menu.getItems().setAll(note);
            if (environment != null) {
                MenuItem runs = new MenuItem(texts.get("runs.show", environment, category));
                runs.setOnAction(e -> viewModel.showRuns(environment, category));
                menu.getItems().add(runs);
            }
            menu.show(viewer, trigger.getScreenX(), trigger.getScreenY());
        } else if (environment != null && trigger.getButton() == MouseButton.PRIMARY) {
            viewModel.showRuns(environment, category);
        }
    }

    @Override
    public void chartMouseMoved(ChartMouseEventFX event) {
        // hovering needs no answer: the tooltip says what a click does
    }
}
