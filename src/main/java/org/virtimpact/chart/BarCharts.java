package org.virtimpact.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.IntSummaryStatistics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.text.Words;

/**
 * Draws a {@link ChartSpec} as grouped bars with error whiskers: flat colours, no gridlines,
 * white background, legend below, so the figure can go into a paper or a slide as it is.
 */
public final class BarCharts {

    /** Caps a lone bar's width, so one environment with one cell doesn't fill the plot with colour. */
    private static final double MAX_BAR_WIDTH = 0.12;

    private BarCharts() {
    }

    public static JFreeChart create(ChartSpec spec, ChartTheme theme) {
        return create(spec, theme, "");
    }

    /**
     * With a non-blank {@code caption}, the caption goes under the figure (below the legend) and
     * replaces the line under the title, which would only repeat part of it.
     */
    public static JFreeChart create(ChartSpec spec, ChartTheme theme, String caption) {
        return create(spec, theme, caption, caption.isBlank());
    }

    /**
     * @param whiskerLine whether the line under the title says what bars and whiskers are; leave
     *                    it out only where a caption outside the picture says so (a slide's text)
     */
    public static JFreeChart create(ChartSpec spec, ChartTheme theme, String caption, boolean whiskerLine) {
        return create(spec, theme, caption, whiskerLine, Words.english());
    }

    /** An exported figure whose own words (the line under the title) are in {@code words}' language. */
    public static JFreeChart create(ChartSpec spec, ChartTheme theme, String caption, boolean whiskerLine,
                                    Words words) {
        return create(spec, theme, caption, whiskerLine, ChartDecor.none(), words);
    }

    /** The workbench's chart: the figure with {@code decor} drawn over it. */
    public static JFreeChart create(ChartSpec spec, ChartTheme theme, ChartDecor decor) {
        return create(spec, theme, decor, Words.english());
    }

    /** The workbench's chart in the person's language: its own words, ticks and "no results yet". */
    public static JFreeChart create(ChartSpec spec, ChartTheme theme, ChartDecor decor, Words words) {
        return create(spec, theme, "", true, decor, words);
    }

    private static JFreeChart create(ChartSpec spec, ChartTheme theme, String caption, boolean whiskerLine,
                                     ChartDecor decor, Words words) {
        MarkedBarRenderer renderer = renderer(spec, theme, decor);
        CategoryAxis categoryAxis = categoryAxis(theme);
        ValueAxis valueAxis = decor.logAxis() ? LogValueAxis.create(spec, decor, theme, words) : valueAxis(spec, theme);
        if (valueAxis instanceof NumberAxis numbers) {
            // "8,000" reads as eight to a Portuguese reader, and JFreeChart's own labels would follow the
            // system's locale: an English figure made on a German desktop would read "8.000"
            numbers.setNumberFormatOverride(new DecimalFormat("#,##0.##########",
                    DecimalFormatSymbols.getInstance(words.numberLocale())));
        }
        if (!decor.notes().isEmpty()) {
            // room above the tallest whisker for the note badges
            valueAxis.setUpperMargin(0.18);
        }
        CategoryPlot plot = new CategoryPlot(dataset(spec), categoryAxis, valueAxis, renderer);
        decor.referenceLine().ifPresent(value -> plot.addRangeMarker(new ValueMarker(value, theme.ink().muted(),
                new BasicStroke(theme.errorStrokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {8f, 6f}, 0f))));
        if (!decor.notes().isEmpty()) {
            plot.addAnnotation(new NoteMarks(decor.notes(), font(theme, Font.BOLD, theme.tickSize())));
        }
        plot.setBackgroundPaint(theme.ink().background());
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage(words.text(Message.of("chart.noData",
                "No results for this metric yet. Press Run to measure.")));
        plot.setNoDataMessageFont(font(theme, Font.PLAIN, theme.axisLabelSize()));
        plot.setNoDataMessagePaint(theme.ink().muted());

        JFreeChart chart = new JFreeChart(spec.title(), font(theme, Font.BOLD, theme.titleSize()), plot, true);
        chart.setBackgroundPaint(theme.ink().background());
        chart.setPadding(new RectangleInsets(theme.tickSize() / 2.0, theme.tickSize(), theme.tickSize() / 2.0,
                theme.tickSize()));
        chart.getTitle().setPaint(theme.ink().ink());
        // a chart without bars has no whiskers to explain
        if (whiskerLine && !spec.isEmpty()) {
            chart.addSubtitle(new TextTitle(decor.subtitle().orElseGet(() -> caption(spec, words)),
                    font(theme, Font.PLAIN, theme.tickSize()), theme.ink().muted(),
                    RectangleEdge.TOP, TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT, TextTitle.DEFAULT_VERTICAL_ALIGNMENT,
                    new RectangleInsets(2, 0, theme.tickSize(), 0)));
        }
        if (!caption.isBlank()) {
            // Bottom titles stack from the edge inwards in list order: first in the list is lowest.
            TextTitle under = new TextTitle(caption, font(theme, Font.PLAIN, theme.tickSize()), theme.ink().muted(),
                    RectangleEdge.BOTTOM, HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM,
                    new RectangleInsets(theme.tickSize() / 2.0, 0, 0, 0));
            under.setTextAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(0, under);
        }
        if (theme.uprightValueLabel()) {
            // Added after the line under the title, so it sits between that line and the plot.
            TextTitle quantity = new TextTitle(spec.valueAxisLabel(), font(theme, Font.PLAIN, theme.axisLabelSize()),
                    theme.ink().ink(), RectangleEdge.TOP, HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM,
                    new RectangleInsets(0, 0, theme.tickSize() / 2.0, 0));
            chart.addSubtitle(quantity);
        }
        styleLegend(chart.getLegend(), theme);
        return chart;
    }

    static DefaultStatisticalCategoryDataset dataset(ChartSpec spec) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (ChartSpec.Series series : spec.series()) {
            // Every category is added for every series, empty where there is no bar, so the
            // columns keep the spec's order whichever environment happens to have data first.
            for (String category : spec.categories()) {
                ChartSpec.Bar bar = series.bar(category).orElse(null);
                Number mean = bar == null ? null : bar.mean();
                Number error = bar == null || !bar.hasError() ? null : bar.error();
                data.add(mean, error, series.name(), category);
            }
        }
        return data;
    }

    private static MarkedBarRenderer renderer(ChartSpec spec, ChartTheme theme, ChartDecor decor) {
        MarkedBarRenderer renderer = new MarkedBarRenderer(theme.errorStrokeWidth(), decor.marksLabel(),
                theme.legendSize() * 0.8);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(theme.itemMargin());
        renderer.setMaximumBarWidth(MAX_BAR_WIDTH);
        renderer.setErrorIndicatorPaint(theme.ink().ink());
        renderer.setErrorIndicatorStroke(new BasicStroke(theme.errorStrokeWidth()));
        // The default legend swatch is a few pixels wide; at a distance it has to match the text.
        double swatch = theme.legendSize() * 0.8;
        renderer.setDefaultLegendShape(new Rectangle2D.Double(-swatch / 2, -swatch / 2, swatch, swatch));
        for (int i = 0; i < spec.series().size(); i++) {
            ChartSpec.Series series = spec.series().get(i);
            renderer.setSeriesPaint(i, theme.ink().series(series.colour()));
            series.bars().stream().filter(b -> !b.hasError() && b.hasInterval())
                    .forEach(b -> renderer.interval(series.name(), b.category(), b.low(), b.high()));
        }
        decor.marks().forEach(m -> renderer.mark(m.series(), m.category(), m.value()));
        return renderer;
    }

    private static CategoryAxis categoryAxis(ChartTheme theme) {
        CategoryAxis axis = new CategoryAxis(null);
        axis.setTickLabelFont(font(theme, Font.PLAIN, theme.tickSize()));
        axis.setTickLabelPaint(theme.ink().ink());
        axis.setAxisLinePaint(theme.ink().ink());
        axis.setTickMarksVisible(false);
        axis.setCategoryMargin(theme.categoryMargin());
        axis.setLowerMargin(0.04);
        axis.setUpperMargin(0.04);
        axis.setMaximumCategoryLabelLines(theme.maxCategoryLabelLines());
        axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        return axis;
    }

    private static NumberAxis valueAxis(ChartSpec spec, ChartTheme theme) {
        NumberAxis axis = new FewTicksAxis(theme.uprightValueLabel() ? null : spec.valueAxisLabel(),
                theme.maxValueTicks());
        axis.setLabelFont(font(theme, Font.PLAIN, theme.axisLabelSize()));
        axis.setLabelPaint(theme.ink().ink());
        axis.setTickLabelFont(font(theme, Font.PLAIN, theme.tickSize()));
        axis.setTickLabelPaint(theme.ink().ink());
        axis.setAxisLinePaint(theme.ink().ink());
        axis.setTickMarkPaint(theme.ink().ink());
        // Bars must start at zero, or a 3 % difference looks like a factor of two.
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.08);
        return axis;
    }

    private static void styleLegend(LegendTitle legend, ChartTheme theme) {
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(theme.ink().background());
        legend.setItemFont(font(theme, Font.PLAIN, theme.legendSize()));
        legend.setItemPaint(theme.ink().ink());
        legend.setMargin(new RectangleInsets(theme.tickSize() / 2.0, 0, 0, 0));
        legend.setItemLabelPadding(new RectangleInsets(2, theme.legendSize() / 4.0, 2, theme.legendSize()));
    }

    /** Says what bar and whisker mean, so a figure lifted out of the app still explains itself. */
    static String caption(ChartSpec spec) {
        return caption(spec, Words.english());
    }

    static String caption(ChartSpec spec, Words words) {
        IntSummaryStatistics n = spec.series().stream().flatMap(s -> s.bars().stream())
                .mapToInt(ChartSpec.Bar::n).summaryStatistics();
        String whiskers = spec.whiskers().describe(words);
        if (n.getCount() == 0) {
            return words.text(Message.of("chart.whiskerLine", "bars: mean · whiskers: {0}", whiskers));
        }
        String reps = n.getMin() == n.getMax() ? Integer.toString(n.getMin()) : n.getMin() + "–" + n.getMax();
        return words.text(Message.of("chart.whiskerLine.n", "bars: mean · whiskers: {0} · n = {1} per bar",
                whiskers, reps));
    }

    static Font font(ChartTheme theme, int style, int size) {
        return new Font(theme.fontFamily(), style, size);
    }
}
