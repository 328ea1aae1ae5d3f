package org.virtimpact.ui.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jfree.chart.fx.ChartViewer;
import org.virtimpact.chart.BarCharts;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.report.ReportException;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.core.results.Sample;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.notes.NotesViewModel;

/**
 * The first results tab of a session froze the window for a few hundred milliseconds while
 * JFreeChart, its FX canvas, the tab's FXML, its controls and their skins were loaded and run for
 * the first time. A throwaway tab built and drawn on a worker at startup pays that instead: nodes
 * may be built and drawn off the FX thread as long as they never join a live scene.
 *
 * <p>The tab then takes a made-up report, as a run's first results come: a tab's first report
 * went through code that had never run (its chart's bars and decor, its table's rows, the chart
 * drawn with them), and took 18-26 ms of the FX thread's CPU in the run's first second; 13-19 ms
 * once this has run. The report is never shown; it exists only to run that code once.
 */
final class ResultsWarmUp implements Callable<ShownChart> {

    /** Skins are made by the first CSS pass on the FX thread; loading their classes can come first. */
    private static final List<String> SKINS = List.of("TableViewSkin", "TableHeaderRow", "NestedTableColumnHeader",
            "TableColumnHeader", "VirtualFlow", "TableRowSkin", "TableCellSkin", "SplitPaneSkin",
            "ComboBoxListViewSkin", "ToggleButtonSkin", "CheckBoxSkin", "TextFieldSkin", "ListViewSkin");
    private static final double WIDTH = 800;
    private static final double HEIGHT = 300;

    private static final String DEVICE = "Disk";
    private static final List<String> ENVIRONMENTS = List.of("a", "b");

    private final NotesViewModel notes;
    private final ChartTheme theme;
    private final Numbers numbers;
    private final Texts texts;
    private final BenchmarkCatalog catalog;

    ResultsWarmUp(NotesViewModel notes, ChartTheme theme, Numbers numbers, Texts texts, BenchmarkCatalog catalog) {
        this.notes = notes;
        this.theme = theme;
        this.numbers = numbers;
        this.texts = texts;
        this.catalog = catalog;
    }

    /** @return the made-up chart it drew */
    @Override
    public ShownChart call() throws ClassNotFoundException, ReportException {
        for (String skin : SKINS) {
            Class.forName("javafx.scene.control.skin." + skin, true, ResultsWarmUp.class.getClassLoader());
        }
        DeviceResultsViewModel model = new DeviceResultsViewModel(DEVICE, texts,
                new RunsViewModel(new Idle(), texts, key -> new CellRuns(List.of(), Optional.empty()), Optional::empty));
        new DeviceResultsView(model, notes, theme, numbers, texts);
        List<ChartSpec.Bar> bars = List.of(new ChartSpec.Bar("a", 1, 0.1, 5), new ChartSpec.Bar("b", 2, 0.2, 5));
        ChartViewer viewer = new ChartViewer(BarCharts.create(new ChartSpec("warm-up", "MB/s", List.of("a", "b"),
                List.of(new ChartSpec.Series("x", 0, bars), new ChartSpec.Series("y", 1, bars))), theme), false);
        // the canvas draws the chart when it gets a size, as the real one does in its first layout
        viewer.getCanvas().setWidth(WIDTH);
        viewer.getCanvas().setHeight(HEIGHT);

        ResultsReport.Built built = new ResultsReport(catalog).build(madeUp());
        TabData data = new TabData(built.metricsByDevice().getOrDefault(DEVICE, List.of()),
                built.report().orElseThrow(), ENVIRONMENTS, List.of(), Optional.empty());
        model.update(data);
        // Again: the tab's view compares the new chart with the one before, and the first such
        // comparison links the equals of every record in a chart.
        model.update(data);
        ShownChart shown = model.shownProperty().get();
        viewer.setChart(BarCharts.create(shown.spec(), theme, shown.decor(), texts.words()));
        return shown;
    }

    /** Two environments, two sizes, three runs each: enough for verdicts, intervals and a warning. */
    private static ResultsReport.Snapshot madeUp() {
        List<Environment> environments = ENVIRONMENTS.stream()
                .map(name -> new Environment(name, "native", "", Target.local(), "/tmp", "")).toList();
        Campaign campaign = new Campaign("warm-up", "", environments,
                List.of(new BenchmarkSpec("dd", Map.of("size", List.of("1M", "2M")), Map.of())), new Settings(3, 60));
        List<Sample> samples = new ArrayList<>();
        for (int e = 0; e < ENVIRONMENTS.size(); e++) {
            for (String size : List.of("1M", "2M")) {
                for (int rep = 1; rep <= 3; rep++) {
                    samples.add(new Sample(ENVIRONMENTS.get(e) + size + rep, Instant.EPOCH, ENVIRONMENTS.get(e), DEVICE,
                            "dd", "write_rate", 100 + 10 * e + rep, "MB/s", rep, Sample.OK,
                            Map.of("size", size, "block", "512")));
                }
            }
        }
        return new ResultsReport.Snapshot(campaign, Optional.empty(), samples, List.of(), List.of(),
                ReportSettings.defaults());
    }

    /** The throwaway tab never shows runs, so it never asks for work. */
    private static final class Idle implements Background {
        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onError) {
            throw new IllegalStateException("the warm-up tab has no runs to load");
        }
    }
}
