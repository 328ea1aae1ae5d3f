package org.virtimpact.chart;

/**
 * Sizes that decide whether a chart can be read where it is shown. Font sizes are in pixels at
 * the theme's own {@code width × height}; a figure drawn at that size has exactly these sizes.
 *
 * @param itemMargin     gap between the bars of one category, as a fraction of the category width
 * @param categoryMargin gap between categories, as a fraction of the axis length
 * @param uprightValueLabel the quantity and unit written level above the value axis instead of
 *                       turned along it: easier to read at a distance, and it stays text in SVG and
 *                       PDF (JFreeChart draws turned labels as glyph outlines)
 * @param maxValueTicks  most labelled ticks on the value axis, 0 for as many as fit: a slide read
 *                       from afar needs a few round numbers, not one every few pixels
 * @param ink            background, text and line colours; light for paper and slides
 */
public record ChartTheme(String name, int width, int height, String fontFamily, int titleSize, int axisLabelSize,
                         int tickSize, int legendSize, float errorStrokeWidth, double itemMargin,
                         double categoryMargin, int maxCategoryLabelLines, boolean uprightValueLabel,
                         int maxValueTicks, ChartInk ink) {

    public ChartTheme {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a theme needs a positive size, not " + width + "×" + height);
        }
        if (maxValueTicks < 0) {
            throw new IllegalArgumentException("maxValueTicks must be 0 (no limit) or more, not " + maxValueTicks);
        }
    }

    /** A theme in {@link ChartInk#LIGHT}, as every figure that leaves the workbench is. */
    public ChartTheme(String name, int width, int height, String fontFamily, int titleSize, int axisLabelSize,
                      int tickSize, int legendSize, float errorStrokeWidth, double itemMargin, double categoryMargin,
                      int maxCategoryLabelLines, boolean uprightValueLabel, int maxValueTicks) {
        this(name, width, height, fontFamily, titleSize, axisLabelSize, tickSize, legendSize, errorStrokeWidth,
                itemMargin, categoryMargin, maxCategoryLabelLines, uprightValueLabel, maxValueTicks, ChartInk.LIGHT);
    }

    /** A theme with the value label turned along its axis and as many ticks as fit, as most charts have. */
    public ChartTheme(String name, int width, int height, String fontFamily, int titleSize, int axisLabelSize,
                      int tickSize, int legendSize, float errorStrokeWidth, double itemMargin, double categoryMargin,
                      int maxCategoryLabelLines) {
        this(name, width, height, fontFamily, titleSize, axisLabelSize, tickSize, legendSize, errorStrokeWidth,
                itemMargin, categoryMargin, maxCategoryLabelLines, false, 0);
    }

    /** The workbench window: large enough to read from a step back, compact enough for a laptop. */
    public static ChartTheme screen() {
        return new ChartTheme("screen", 1200, 700, "SansSerif", 22, 17, 16, 16, 2.0f, 0.06, 0.18, 2);
    }

    /** The workbench window in its dark theme; exports stay light, since papers and slides are white. */
    public static ChartTheme screenDark() {
        ChartTheme light = screen();
        return new ChartTheme("screen-dark", light.width(), light.height(), light.fontFamily(), light.titleSize(),
                light.axisLabelSize(), light.tickSize(), light.legendSize(), light.errorStrokeWidth(),
                light.itemMargin(), light.categoryMargin(), light.maxCategoryLabelLines(),
                light.uprightValueLabel(), light.maxValueTicks(), ChartInk.DARK);
    }

    /** A 1920×1080 slide: ticks and legend at least 20 px, title at least 36 px, for the back row. */
    public static ChartTheme slides() {
        return new ChartTheme("slides", 1920, 1080, "SansSerif", 40, 28, 24, 24, 3.0f, 0.06, 0.16, 2, true, 8);
    }
}
