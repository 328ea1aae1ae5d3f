package org.virtimpact.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Grouped bars with symmetric whiskers, as {@link StatisticalBarRenderer} draws them, plus what it
 * can't draw: whiskers that are not centred on the bar (a ratio's interval) and another
 * campaign's value as a line across the bar. Both are looked up by series and category.
 */
final class MarkedBarRenderer extends StatisticalBarRenderer {

    private static final long serialVersionUID = 1L;
    private static final Color INK = new Color(0x222222);

    private final Map<String, double[]> intervals = new HashMap<>();
    private final Map<String, Double> marks = new HashMap<>();
    private final transient Stroke markStroke;
    private final transient Stroke haloStroke;
    private final String marksLabel;
    private final double swatch;

    MarkedBarRenderer(float strokeWidth, String marksLabel, double swatch) {
        this.markStroke = new BasicStroke(strokeWidth * 2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        this.haloStroke = new BasicStroke(strokeWidth * 4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        this.marksLabel = marksLabel;
        this.swatch = swatch;
    }

    void interval(String series, String category, double low, double high) {
        intervals.put(key(series, category), new double[] {low, high});
    }

    void mark(String series, String category, double value) {
        marks.put(key(series, category), value);
    }

    private static String key(Object series, Object category) {
        return series + "\u0000" + category;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset data, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, data, row, column, pass);
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (visibleRow < 0) {
            return;
        }
        String key = key(data.getRowKey(row), data.getColumnKey(column));
        double x0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow, column);
        double width = state.getBarWidth();
        RectangleEdge edge = plot.getRangeAxisEdge();
        double[] interval = intervals.get(key);
        if (interval != null) {
            Range range = rangeAxis.getRange();
            double low = rangeAxis.valueToJava2D(Math.max(interval[0], range.getLowerBound()), dataArea, edge);
            double high = rangeAxis.valueToJava2D(Math.min(interval[1], range.getUpperBound()), dataArea, edge);
            double mid = x0 + width / 2;
            g2.setPaint(getErrorIndicatorPaint());
            g2.setStroke(getErrorIndicatorStroke());
            g2.draw(new Line2D.Double(mid, low, mid, high));
            g2.draw(new Line2D.Double(mid - width / 4, low, mid + width / 4, low));
            g2.draw(new Line2D.Double(mid - width / 4, high, mid + width / 4, high));
        }
        Double mark = marks.get(key);
        if (mark != null && rangeAxis.getRange().contains(mark)) {
            double y = rangeAxis.valueToJava2D(mark, dataArea, edge);
            // A white halo keeps the mark visible on a dark bar as well as on white.
            Line2D line = new Line2D.Double(x0 - width * 0.12, y, x0 + width * 1.12, y);
            g2.setPaint(Color.WHITE);
            g2.setStroke(haloStroke);
            g2.draw(line);
            g2.setPaint(INK);
            g2.setStroke(markStroke);
            g2.draw(line);
        }
    }

    /** The axis must make room for intervals and marks, not only for the bars' own whiskers. */
    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range range = super.findRangeBounds(dataset);
        for (double[] interval : intervals.values()) {
            range = Range.expandToInclude(Range.expandToInclude(range, interval[0]), interval[1]);
        }
        for (double mark : marks.values()) {
            range = Range.expandToInclude(range, mark);
        }
        return range;
    }

    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = super.getLegendItems();
        if (!marks.isEmpty() && !marksLabel.isBlank()) {
            Paint ink = INK;
            LegendItem item = new LegendItem(marksLabel, null, null, null,
                    new Rectangle2D.Double(-swatch / 2, -swatch / 8, swatch, swatch / 4), ink);
            item.setLabelFont(getLegendTextFont(0));
            items.add(item);
        }
        return items;
    }
}
