package org.virtimpact.ui.results;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jfree.chart.fx.ChartViewer;
import org.virtimpact.chart.BarCharts;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.notes.NotesViewModel;

/**
 * The first results tab of a session froze the window for a few hundred milliseconds while
 * JFreeChart, its FX canvas, the tab's FXML, its controls and their skins were loaded and run for
 * the first time. A throwaway tab built and drawn on a worker at startup pays that instead: nodes
 * may be built and drawn off the FX thread as long as they never join a live scene.
 */
final class ResultsWarmUp implements Callable<Void> {

    /** Skins are made by the first CSS pass on the FX thread; loading their classes can come first. */
    private static final List<String> SKINS = List.of("TableViewSkin", "TableHeaderRow", "NestedTableColumnHeader",
            "TableColumnHeader", "VirtualFlow", "TableRowSkin", "TableCellSkin", "SplitPaneSkin",
            "ComboBoxListViewSkin", "ToggleButtonSkin", "CheckBoxSkin", "TextFieldSkin", "ListViewSkin");
    private static final double WIDTH = 800;
    private static final double HEIGHT = 300;

    private final NotesViewModel notes;
    private final ChartTheme theme;
    private final Numbers numbers;
    private final Texts texts;

    ResultsWarmUp(NotesViewModel notes, ChartTheme theme, Numbers numbers, Texts texts) {
        this.notes = notes;
        this.theme = theme;
        this.numbers = numbers;
        this.texts = texts;
    }

    @Override
    public Void call() throws ClassNotFoundException {
        for (String skin : SKINS) {
            Class.forName("javafx.scene.control.skin." + skin, true, ResultsWarmUp.class.getClassLoader());
        }
        DeviceResultsViewModel model = new DeviceResultsViewModel("warm-up", texts,
                new RunsViewModel(new Idle(), texts, key -> new CellRuns(List.of(), Optional.empty()), Optional::empty));
        new DeviceResultsView(model, notes, theme, numbers, texts);
        List<ChartSpec.Bar> bars = List.of(new ChartSpec.Bar("a", 1, 0.1, 5), new ChartSpec.Bar("b", 2, 0.2, 5));
        ChartViewer viewer = new ChartViewer(BarCharts.create(new ChartSpec("warm-up", "MB/s", List.of("a", "b"),
                List.of(new ChartSpec.Series("x", 0, bars), new ChartSpec.Series("y", 1, bars))), theme), false);
        // the canvas draws the chart when it gets a size, as the real one does in its first layout
        viewer.getCanvas().setWidth(WIDTH);
        viewer.getCanvas().setHeight(HEIGHT);
        return null;
    }

    /** The throwaway tab never shows runs, so it never asks for work. */
    private static final class Idle implements Background {
        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onError) {
            throw new IllegalStateException("the warm-up tab has no runs to load");
        }
    }
}
