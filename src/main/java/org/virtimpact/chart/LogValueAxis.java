package org.virtimpact.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.text.Words;

/**
 * The value axis on a log scale, for metrics whose cells span decades (block sizes from 512 bytes
 * to megabytes). Ticks fall on 1, 2 and 5 times a power of ten, numbers a reader can use, rather
 * than JFreeChart's fractional powers (630.957). Its range is set from the positive values only:
 * bars start at zero, which has no place on a log axis and would stretch it over a hundred decades.
 */
final class LogValueAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final int[] STEPS = {1, 2, 5};

    private final DecimalFormat format;
    private final int maxTicks;

    private LogValueAxis(String label, int maxTicks, Locale numbers) {
        super(label);
        this.maxTicks = maxTicks;
        // "1,000" reads as one to a Portuguese reader: ticks take the grouping and mark of the chart's words
        this.format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(numbers));
    }

    static LogAxis create(ChartSpec spec, ChartDecor decor, ChartTheme theme, Words words) {
        String label = words.text(Message.of("chart.logAxis", "{0} (log)", spec.valueAxisLabel()));
        LogValueAxis axis = new LogValueAxis(theme.uprightValueLabel() ? null : label,
                theme.maxValueTicks() > 0 ? theme.maxValueTicks() : 12, words.numberLocale());
        axis.setBase(10);
        axis.setLabelFont(BarCharts.font(theme, Font.PLAIN, theme.axisLabelSize()));
        axis.setLabelPaint(theme.ink().ink());
        axis.setTickLabelFont(BarCharts.font(theme, Font.PLAIN, theme.tickSize()));
        axis.setTickLabelPaint(theme.ink().ink());
        axis.setAxisLinePaint(theme.ink().ink());
        axis.setTickMarkPaint(theme.ink().ink());
        double[] positive = values(spec, decor).filter(v -> v > 0 && Double.isFinite(v)).toArray();
        if (positive.length > 0) {
            double low = DoubleStream.of(positive).min().orElseThrow();
            double high = DoubleStream.of(positive).max().orElseThrow();
            // Down to a power of ten under half the smallest value, so the shortest bar still shows.
            axis.setRange(Math.pow(10, Math.floor(Math.log10(low / 2))), high * 1.6);
        }
        return axis;
    }

    @Override
    protected List<ValueTick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        List<ValueTick> ticks = new ArrayList<>();
        for (int[] steps : new int[][] {STEPS, {1}}) {
            ticks.clear();
            int first = (int) Math.floor(Math.log10(getLowerBound()));
            int last = (int) Math.ceil(Math.log10(getUpperBound()));
            for (int exponent = first; exponent <= last; exponent++) {
                for (int step : steps) {
                    double value = step * Math.pow(10, exponent);
                    if (value >= getLowerBound() && value <= getUpperBound()) {
                        ticks.add(new NumberTick(TickType.MAJOR, value, format.format(value), anchor,
                                TextAnchor.CENTER, 0));
                    }
                }
            }
            // decades alone when 1-2-5 would crowd the axis
            if (ticks.size() <= maxTicks) {
                break;
            }
        }
        return ticks;
    }

    private static DoubleStream values(ChartSpec spec, ChartDecor decor) {
        DoubleStream bars = spec.series().stream().flatMap(s -> s.bars().stream())
                .flatMapToDouble(b -> DoubleStream.of(b.mean(), b.low(), b.high()));
        return DoubleStream.concat(bars, decor.marks().stream().mapToDouble(ChartDecor.Mark::value));
    }
}
