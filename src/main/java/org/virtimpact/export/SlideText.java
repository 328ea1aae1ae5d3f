package org.virtimpact.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The few things a slide is made of here: text boxes, tables and speaker notes, with sizes in
 * points on a 960 × 540 slide. Real text throughout, so a deck can be searched and edited.
 */
final class SlideText {

    static final Color INK = new Color(0x222222);
    static final Color MUTED = new Color(0x555555);
    private static final Color RULE = new Color(0x888888);
    private static final Color HEADER_FILL = new Color(0xEEEEEE);

    private SlideText() {
    }

    static XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor, String text, double size, boolean bold, Color colour) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        // A new box starts with one empty paragraph; without clearing, text would start on line two.
        box.clearText();
        XSLFTextParagraph paragraph = box.addNewTextParagraph();
        run(paragraph, text, size, bold, colour);
        return box;
    }

    static XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color colour) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(colour);
        return run;
    }

    /**
     * A plain booktabs-like table: a bold header on a light fill, thin rules between rows.
     *
     * @param widths column widths in points; their sum is the table's width
     */
    static XSLFTable table(XSLFSlide slide, double x, double y, double[] widths, List<List<String>> rows,
                           double size) {
        XSLFTable table = slide.createTable(rows.size(), widths.length);
        double width = 0;
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
            width += widths[c];
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < widths.length; c++) {
                XSLFTableCell cell = table.getCell(r, c);
                cell.clearText();
                run(cell.addNewTextParagraph(), rows.get(r).get(c), size, r == 0, INK);
                cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
                cell.setLeftInset(6);
                cell.setRightInset(6);
                cell.setBorderColor(BorderEdge.bottom, RULE);
                cell.setBorderWidth(BorderEdge.bottom, r == 0 || r == rows.size() - 1 ? 1.5 : 0.5);
                if (r == 0) {
                    cell.setFillColor(HEADER_FILL);
                }
            }
        }
        table.setAnchor(new Rectangle2D.Double(x, y, width, table.getAnchor().getHeight()));
        return table;
    }

    /** The speaker notes of {@code slide}; each line of {@code text} becomes a paragraph. */
    static void notes(XMLSlideShow deck, XSLFSlide slide, String text) {
        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
                return;
            }
        }
        throw new IllegalStateException("the notes master has no body placeholder");
    }
}
