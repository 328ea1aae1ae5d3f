package org.virtimpact.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

class BarChartsTest {

    static final ChartSpec SPEC = new ChartSpec("Disk — Write throughput", "Write throughput (MB/s)",
            List.of("size=8M", "size=32M"), List.of(
            new ChartSpec.Series("Xen PV", 0, List.of(new ChartSpec.Bar("size=8M", 120, 10, 5),
                    new ChartSpec.Bar("size=32M", 180, 12, 5))),
            new ChartSpec.Series("Xen HVM", 1, List.of(new ChartSpec.Bar("size=32M", 150, Double.NaN, 1)))));

    static DefaultStatisticalCategoryDataset data(JFreeChart chart) {
        return (DefaultStatisticalCategoryDataset) chart.getCategoryPlot().getDataset();
    }

    @Test
    void hasOneRowPerEnvironmentAndOneColumnPerCell() {
        JFreeChart chart = BarCharts.create(SPEC, ChartTheme.screen());
        assertEquals(List.of("Xen PV", "Xen HVM"), data(chart).getRowKeys());
        assertEquals(List.of("size=8M", "size=32M"), data(chart).getColumnKeys());
    }

    @Test
    void holdsMeansAndStandardDeviations() {
        DefaultStatisticalCategoryDataset data = data(BarCharts.create(SPEC, ChartTheme.screen()));
        assertEquals(180.0, data.getMeanValue("Xen PV", "size=32M").doubleValue());
        assertEquals(12.0, data.getStdDevValue("Xen PV", "size=32M").doubleValue());
    }

    @Test
    void leavesMissingCellsAndUnknownSpreadEmpty() {
        DefaultStatisticalCategoryDataset data = data(BarCharts.create(SPEC, ChartTheme.screen()));
        assertNull(data.getMeanValue("Xen HVM", "size=8M"));
        assertNull(data.getStdDevValue("Xen HVM", "size=32M"));
    }

    @Test
    void paintsEachEnvironmentWithItsPaletteColour() {
        CategoryPlot plot = BarCharts.create(SPEC, ChartTheme.screen()).getCategoryPlot();
        StatisticalBarRenderer renderer = (StatisticalBarRenderer) plot.getRenderer();
        assertEquals(Palette.colour(0), renderer.getSeriesPaint(0));
        assertEquals(Palette.colour(1), renderer.getSeriesPaint(1));
    }

    @Test
    void putsTheLegendBelowTheChart() {
        assertEquals(RectangleEdge.BOTTOM, BarCharts.create(SPEC, ChartTheme.screen()).getLegend().getPosition());
    }

    @Test
    void drawsHeadlessWithBarsInThePaletteColours() {
        BufferedImage image = BarCharts.create(SPEC, ChartTheme.screen()).createBufferedImage(1200, 700);
        assertTrue(contains(image, Palette.colour(0).getRGB()), "no blue bar in the image");
        assertTrue(contains(image, Palette.colour(1).getRGB()), "no orange bar in the image");
    }

    @Test
    void drawsAnEmptySpecWithoutFailing() {
        ChartSpec empty = new ChartSpec("Disk — Write throughput", "MB/s", List.of(), List.of());
        BufferedImage image = BarCharts.create(empty, ChartTheme.slides()).createBufferedImage(1920, 1080);
        assertEquals(1920, image.getWidth());
    }

    @Test
    void slideThemeMeetsTheBackRowMinimums() {
        ChartTheme slides = ChartTheme.slides();
        assertTrue(slides.tickSize() >= 20 && slides.legendSize() >= 20 && slides.titleSize() >= 36);
    }

    @Test
    void captionStatesWhatTheWhiskersMean() {
        assertEquals("bars: mean · whiskers: ± 1 standard deviation · n = 1–5 per bar", BarCharts.caption(SPEC));
    }

    @Test
    void captionSaysWhenWhiskersAreTheConfidenceInterval() {
        ChartSpec ci = new ChartSpec(SPEC.title(), SPEC.valueAxisLabel(), SPEC.categories(), SPEC.series(),
                Whiskers.confidenceInterval(0.95));
        assertEquals("bars: mean · whiskers: 95 % confidence interval of the mean · n = 1–5 per bar",
                BarCharts.caption(ci));
    }

    @Test
    void putsAGivenCaptionUnderTheLegendInsteadOfTheLineUnderTheTitle() {
        JFreeChart chart = BarCharts.create(SPEC, ChartTheme.screen(), "Bars: mean of 5 runs.");
        TextTitle first = (TextTitle) chart.getSubtitle(0);
        assertEquals("Bars: mean of 5 runs.", first.getText());
        assertEquals(RectangleEdge.BOTTOM, first.getPosition());
        assertEquals(2, chart.getSubtitleCount(), "caption and legend only");
    }

    @Test
    void slideThemeWritesTheValueLabelUprightAndTheScreenAlongTheAxis() {
        assertEquals("Write throughput (MB/s)",
                BarCharts.create(SPEC, ChartTheme.screen()).getCategoryPlot().getRangeAxis().getLabel());
        assertNull(BarCharts.create(SPEC, ChartTheme.slides()).getCategoryPlot().getRangeAxis().getLabel());
    }

    private static boolean contains(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }
}
