package org.virtimpact.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;

/**
 * Badges along the top of the plot, one over each category that has a note, so the notes listed
 * beside the chart can be found on it. Drawn at the top edge rather than over a bar, where they
 * would hide a whisker.
 */
final class NoteMarks extends AbstractAnnotation implements CategoryAnnotation {

    private static final long serialVersionUID = 1L;
    private static final Color FILL = new Color(0xFFF6D5);
    private static final Color INK = new Color(0x222222);

    private final List<ChartDecor.Note> notes;
    private final Font font;

    NoteMarks(List<ChartDecor.Note> notes, Font font) {
        this.notes = List.copyOf(notes);
        this.font = font;
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
                     ValueAxis rangeAxis) {
        @SuppressWarnings("unchecked")
        List<Comparable<?>> categories = (List<Comparable<?>>) (List<?>) plot.getCategories();
        if (categories == null) {
            return;
        }
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        for (ChartDecor.Note note : notes) {
            int index = categories.indexOf(note.category());
            if (index < 0) {
                continue;
            }
            double x = domainAxis.getCategoryMiddle(index, categories.size(), dataArea, plot.getDomainAxisEdge());
            double width = metrics.stringWidth(note.label()) + font.getSize();
            double height = metrics.getHeight() + font.getSize() / 4.0;
            RoundRectangle2D badge = new RoundRectangle2D.Double(x - width / 2, dataArea.getMinY() + 2, width, height,
                    height / 2, height / 2);
            g2.setPaint(FILL);
            g2.fill(badge);
            g2.setPaint(INK);
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(badge);
            g2.drawString(note.label(), (float) (x - metrics.stringWidth(note.label()) / 2.0),
                    (float) (badge.getY() + (height + metrics.getAscent() - metrics.getDescent()) / 2));
        }
    }
}
