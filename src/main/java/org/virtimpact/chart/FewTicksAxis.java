package org.virtimpact.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis with at most {@code maxTicks} labelled ticks. JFreeChart picks the smallest
 * round step whose labels don't overlap, which on a tall slide means a label every few
 * centimetres; this takes the next round step that keeps the count down.
 */
final class FewTicksAxis extends NumberAxis {

    private final int maxTicks;

    /** @param maxTicks 0 for JFreeChart's own choice */
    FewTicksAxis(String label, int maxTicks) {
        super(label);
        this.maxTicks = maxTicks;
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        double length = getRange().getLength();
        if (maxTicks > 0 && length / getTickUnit().getSize() > maxTicks) {
            setTickUnit((NumberTickUnit) getStandardTickUnits().getCeilingTickUnit(length / maxTicks), false, false);
        }
    }
}
