package org.virtimpact.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.virtimpact.chart.BarCharts;
import org.virtimpact.chart.ChartTheme;
import org.virtimpact.core.text.Words;

/**
 * Draws figures with the slide theme onto any Graphics2D (an image, an SVG, a PDF page), so
 * every format shows the same layout.
 */
public final class FigurePainter {

    private final ChartTheme theme;
    private final FigureOptions options;
    private final boolean captionElsewhere;
    private final Words words;

    public FigurePainter(ChartTheme theme, FigureOptions options) {
        this(theme, options, false, Words.english());
    }

    /**
     * @param captionElsewhere the caption is set as text beside the picture (on a slide), so the
     *                         picture carries neither it nor the line that explains the whiskers
     */
    FigurePainter(ChartTheme theme, FigureOptions options, boolean captionElsewhere, Words words) {
        this.theme = theme;
        this.options = options;
        this.captionElsewhere = captionElsewhere;
        this.words = words;
    }

    public FigureOptions options() {
        return options;
    }

    public JFreeChart chart(Figure figure) {
        if (captionElsewhere) {
            return BarCharts.create(figure.spec(), theme, "", false, words);
        }
        String caption = options.caption() ? figure.caption() : "";
        return BarCharts.create(figure.spec(), theme, caption, caption.isBlank(), words);
    }

    /** Draws at the options' layout size; the caller's transform decides the output resolution. */
    public void paint(Figure figure, Graphics2D g2) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart(figure).draw(g2, new Rectangle2D.Double(0, 0, options.width(), options.height()));
    }

    /** The figure as pixels: layout size times scale. */
    public BufferedImage image(Figure figure) {
        BufferedImage image = new BufferedImage(options.pixelWidth(), options.pixelHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale((double) options.pixelWidth() / options.width(), (double) options.pixelHeight() / options.height());
            paint(figure, g2);
        } finally {
            g2.dispose();
        }
        return image;
    }
}
