package org.virtimpact.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.ChartSpecs;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.chart.Palette;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.report.CellRow;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.Summary;

/** An exported figure, read at 1920 × 1080 from the back of the room. */
class SlideLegibilityTest {

    private static Study study;
    private static JFreeChart chart;

    @BeforeAll
    static void draw() throws Exception {
        study = ExportFixtures.study(ChartSelection.headlines());
        FigurePainter painter = new FigurePainter(ChartTheme.slides(), FigureOptions.slides().withCaption(true));
        chart = painter.chart(study.figures().get(0));
        // Ticks are chosen while drawing, so draw once as an export would.
        chart.createBufferedImage(1920, 1080);
    }

    @Test
    void titleIsAtLeast36AndEveryOtherTextAtLeast20Pixels() {
        CategoryPlot plot = chart.getCategoryPlot();
        assertTrue(chart.getTitle().getFont().getSize() >= 36);
        assertTrue(plot.getDomainAxis().getTickLabelFont().getSize() >= 20);
        assertTrue(plot.getRangeAxis().getTickLabelFont().getSize() >= 20);
        assertTrue(chart.getLegend().getItemFont().getSize() >= 20);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                assertTrue(t.getFont().getSize() >= 20, t.getText());
            }
        }
    }

    @Test
    void hasNoGridlinesAndThickWhiskers() {
        CategoryPlot plot = chart.getCategoryPlot();
        assertFalse(plot.isRangeGridlinesVisible());
        assertFalse(plot.isDomainGridlinesVisible());
        StatisticalBarRenderer renderer = (StatisticalBarRenderer) plot.getRenderer();
        assertTrue(((BasicStroke) renderer.getErrorIndicatorStroke()).getLineWidth() >= 3);
    }

    @Test
    void writesTheQuantityUprightAboveTheAxisSoItStaysText() {
        assertNull(chart.getCategoryPlot().getRangeAxis().getLabel());
        boolean found = false;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            found |= chart.getSubtitle(i) instanceof TextTitle t && t.getText().equals("Write throughput (MB/s)");
        }
        assertTrue(found);
    }

    @Test
    void labelsOnlyAFewRoundValues() {
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        double ticks = axis.getRange().getLength() / axis.getTickUnit().getSize();
        assertTrue(ticks <= ChartTheme.slides().maxValueTicks(), ticks + " ticks");
        assertTrue(ticks >= 3, ticks + " ticks");
    }

    @Test
    void paintsEachEnvironmentInTheColourTheScreenGivesIt() throws Exception {
        ChartSpec exported = study.figures().get(0).spec();
        List<String> campaign = ExportFixtures.campaign().environments().stream().map(Environment::name).toList();
        Map<CellKey, Summary> cells = new LinkedHashMap<>();
        for (CellRow row : ExportFixtures.report().cells()) {
            cells.put(row.key(), row.summary());
        }
        ChartSpec screen = new ChartSpecs(campaign).bars(cells, study.figures().get(0).query());
        StatisticalBarRenderer renderer = (StatisticalBarRenderer) chart.getCategoryPlot().getRenderer();
        for (int i = 0; i < exported.series().size(); i++) {
            assertEquals(screen.series().get(i).colour(), exported.series().get(i).colour());
            assertEquals(Palette.colour(screen.series().get(i).colour()), renderer.getSeriesPaint(i));
        }
        assertEquals(Palette.colour(1), renderer.getSeriesPaint(0), "Xen PV is second in the campaign");
    }
}
