package org.virtimpact.export;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/**
 * The deck: a title slide, one slide per chart with its description as speaker notes, and the
 * impact table. Charts go in as 2× PNG pictures: PowerPoint's SVG support is recent and
 * LibreOffice shows only the fallback picture, so a sharp bitmap is the reliable choice.
 */
final class PptxExporter implements Exporter {

    /** 16:9 in points (13.33 × 7.5 in), the shape of the 1920 × 1080 figures. */
    static final Dimension SLIDE = new Dimension(960, 540);
    private static final double CAPTION_HEIGHT = 66;

    private final FigurePainter painter;
    private final boolean captions;
    private final DeckSlides slides;

    /**
     * @param painter  draws the chart pictures; its options should be slide-shaped (16:9)
     * @param captions whether each chart slide carries the figure's caption as text under the picture
     * @param slides   the title and impact slides, in the deck's language
     */
    PptxExporter(FigurePainter painter, boolean captions, DeckSlides slides) {
        this.painter = painter;
        this.captions = captions;
        this.slides = slides;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PPTX;
    }

    @Override
    public List<Path> write(Study study, Path dir) throws IOException {
        Path file = dir.resolve(study.fileStem() + ".pptx");
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(SLIDE);
            slides.title(deck, study);
            for (Figure figure : study.figures()) {
                chart(deck, figure);
            }
            slides.impact(deck, study);
            try (OutputStream out = Files.newOutputStream(file)) {
                deck.write(out);
            }
        }
        return List.of(file);
    }

    private void chart(XMLSlideShow deck, Figure figure) throws IOException {
        XSLFSlide slide = deck.createSlide();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(painter.image(figure), "png", png);
        XSLFPictureData data = deck.addPicture(png.toByteArray(), PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(data);
        double height = captions ? SLIDE.height - CAPTION_HEIGHT : SLIDE.height;
        double width = Math.min(SLIDE.width, height * painter.options().width() / painter.options().height());
        picture.setAnchor(new Rectangle2D.Double((SLIDE.width - width) / 2, 0, width, height));
        // Alt text: what a screen reader says, and what search finds inside the picture.
        ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().setDescr(figure.spec().title() + ". "
                + figure.caption());
        picture.setName(figure.spec().title());
        if (captions) {
            SlideText.box(slide, new Rectangle2D.Double(48, SLIDE.height - CAPTION_HEIGHT, SLIDE.width - 96,
                    CAPTION_HEIGHT - 6), figure.caption(), 13, false, SlideText.MUTED);
        }
        SlideText.notes(deck, slide, figure.notes());
    }
}
