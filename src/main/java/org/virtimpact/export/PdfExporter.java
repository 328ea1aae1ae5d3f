package org.virtimpact.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One single-page vector PDF per figure, a page of the figure's size (one pixel of layout is one
 * point), ready for {@code \includegraphics}. Text is real text; see {@link PdfFonts}.
 */
final class PdfExporter implements FigureWriter {

    private final FigurePainter painter;
    private final PdfFonts fonts;

    PdfExporter(FigurePainter painter, PdfFonts fonts) {
        this.painter = painter;
        this.fonts = fonts;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public List<Path> write(Study study, Path dir) throws IOException {
        return writeEach(study, dir, ".pdf");
    }

    @Override
    public void write(Figure figure, Path file) throws IOException {
        float width = painter.options().width();
        float height = painter.options().height();
        IPdfBoxGraphics2DFontTextDrawer drawer = fonts.drawer();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(figure.spec().title());
            info.setSubject(figure.caption());
            info.setCreator("VirtImpact");
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, width, height);
            g2.setFontTextDrawer(drawer);
            try {
                painter.paint(figure, g2);
            } finally {
                g2.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(g2.getXFormObject());
            }
            doc.save(file.toFile());
        } finally {
            if (drawer instanceof Closeable closeable) {
                closeable.close();
            }
        }
    }
}
