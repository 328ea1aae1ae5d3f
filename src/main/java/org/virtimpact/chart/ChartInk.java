package org.virtimpact.chart;

import java.awt.Color;

/**
 * The colours a chart is drawn in apart from its series: background, text and lines. Series keep
 * their Okabe–Ito colour in every ink, so an environment is the same colour on paper and on a dark
 * screen; only the last one, black, would vanish on a dark background and turns light there.
 *
 * @param background behind the plot, the legend and the titles
 * @param ink        titles, axis labels, ticks, whiskers
 * @param muted      subtitles, captions, the no-data message
 * @param noteFill   behind a note's number on a bar
 */
public record ChartInk(Color background, Color ink, Color muted, Color noteFill) {

    /** Paper: black-ish text on white, for papers, slides and the light workbench. */
    public static final ChartInk LIGHT = new ChartInk(Color.WHITE, new Color(0x222222), new Color(0x555555),
            new Color(0xFFF6D5));

    /**
     * The dark workbench: #1F2124 like the window, text #E6E6E6 (contrast 13.6:1) and #B4B4B4
     * (8.2:1). Against it the Okabe–Ito blue #0072B2 has 3.1:1 and the others more, enough for
     * bars, which WCAG asks 3:1 of as graphics.
     */
    public static final ChartInk DARK = new ChartInk(new Color(0x1F2124), new Color(0xE6E6E6), new Color(0xB4B4B4),
            new Color(0x4A3F1A));

    public boolean isDark() {
        return background.getRed() + background.getGreen() + background.getBlue() < 3 * 128;
    }

    /** The series colour of {@code index}: Okabe–Ito, with black turned light on a dark background. */
    public Color series(int index) {
        Color colour = Palette.colour(index);
        return isDark() && colour.equals(Color.BLACK) ? new Color(0xE6E6E6) : colour;
    }
}
