package org.virtimpact.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** What the workbench draws over a figure: log axis, reference line, marks, notes, its own subtitle. */
class ChartDecorTest {

    private static final ChartSpec RATIOS = new ChartSpec("Disk — Write throughput relative to Xen PV",
            "Write throughput / Xen PV", List.of("size=8M"), List.of(
            new ChartSpec.Series("Xen PV", 0, List.of(new ChartSpec.Bar("size=8M", 1, Double.NaN, 5))),
            new ChartSpec.Series("Xen HVM", 1, List.of(ChartSpec.Bar.interval("size=8M", 0.8, 0.7, 1.4, 5)))),
            Whiskers.ratioConfidenceInterval(0.95));

    private static ChartDecor decor(boolean log) {
        return new ChartDecor(log, OptionalDouble.of(1), List.of(new ChartDecor.Mark("Xen HVM", "size=8M", 1.6)),
                "Barham et al.", List.of(new ChartDecor.Note("size=8M", "✎ 1")), Optional.of("bars: ratio"));
    }

    @Test
    void aLogAxisSpansThePositiveValuesOnly() {
        CategoryPlot plot = BarCharts.create(BarChartsTest.SPEC, ChartTheme.screen(), new ChartDecor(true,
                OptionalDouble.empty(), List.of(), "", List.of(), Optional.empty())).getCategoryPlot();
        LogAxis axis = (LogAxis) plot.getRangeAxis();
        assertEquals(10, axis.getLowerBound(), 1e-9, "a decade under half of the smallest value, 110");
        assertTrue(axis.getUpperBound() > 192, "room above the tallest whisker, 180 + 12");
    }

    @Test
    void logTicksFallOnOneTwoAndFiveTimesAPowerOfTen() {
        CategoryPlot plot = BarCharts.create(BarChartsTest.SPEC, ChartTheme.screen(), new ChartDecor(true,
                OptionalDouble.empty(), List.of(), "", List.of(), Optional.empty())).getCategoryPlot();
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        List<?> ticks = plot.getRangeAxis().refreshTicks(image.createGraphics(), new AxisState(),
                new Rectangle2D.Double(0, 0, 800, 500), RectangleEdge.LEFT);
        assertEquals(List.of("10", "20", "50", "100", "200"),
                ticks.stream().map(t -> ((ValueTick) t).getText()).toList(), "axis 10 to 307");
    }

    @Test
    void aRatioChartHasAReferenceLineAtOne() {
        CategoryPlot plot = BarCharts.create(RATIOS, ChartTheme.screen(), decor(false)).getCategoryPlot();
        ValueMarker one = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(1.0, one.getValue(), 0);
    }

    @Test
    void anIntervalNotCentredOnItsBarIsDrawnFromItsEnds() {
        JFreeChart chart = BarCharts.create(RATIOS, ChartTheme.screen(), decor(false));
        assertNull(BarChartsTest.data(chart).getStdDevValue("Xen HVM", "size=8M"), "no symmetric whisker");
        Range range = chart.getCategoryPlot().getRenderer().findRangeBounds(chart.getCategoryPlot().getDataset());
        assertTrue(range.contains(1.4) && range.contains(1.6), "the interval's top and the mark fit: " + range);
    }

    @Test
    void theMarksHaveALegendEntryNamedAfterTheirCampaign() {
        JFreeChart chart = BarCharts.create(RATIOS, ChartTheme.screen(), decor(false));
        List<String> labels = new java.util.ArrayList<>();
        org.jfree.chart.LegendItemCollection items = chart.getCategoryPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        assertEquals(List.of("Xen PV", "Xen HVM", "Barham et al."), labels);
    }

    @Test
    void notesAreBadgesAndTheSubtitleIsTheCallersOwn() {
        JFreeChart chart = BarCharts.create(RATIOS, ChartTheme.screen(), decor(false));
        assertEquals(1, chart.getCategoryPlot().getAnnotations().size());
        assertEquals("bars: ratio", ((TextTitle) chart.getSubtitle(1)).getText());
    }

    @Test
    void drawsEveryDecorationOnALogAxis() {
        BufferedImage image = BarCharts.create(RATIOS, ChartTheme.screen(), decor(true)).createBufferedImage(1200, 700);
        assertEquals(1200, image.getWidth());
    }
}
