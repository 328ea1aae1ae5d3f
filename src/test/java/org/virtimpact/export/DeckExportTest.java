package org.virtimpact.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.export.ExportFixtures.HVM;
import static org.virtimpact.export.ExportFixtures.PV;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deck, reopened with POI. */
class DeckExportTest {

    @TempDir
    static Path dir;
    private static XMLSlideShow deck;

    @BeforeAll
    static void export() throws Exception {
        Study study = ExportFixtures.study(ChartSelection.headlines());
        List<Path> files = Exporters.forSlides(FigureOptions.slides().withCaption(true)).get(ExportFormat.PPTX)
                .write(study, dir);
        assertEquals(List.of(dir.resolve("xen-pv-vs-hvm-friends.pptx")), files);
        try (InputStream in = Files.newInputStream(files.get(0))) {
            deck = new XMLSlideShow(in);
        }
    }

    @Test
    void hasATitleSlideOneSlidePerChartAndTheImpactTable() {
        assertEquals(1 + 2 + 1, deck.getSlides().size());
        assertEquals(List.of(960, 540), List.of(deck.getPageSize().width, deck.getPageSize().height));
    }

    @Test
    void titleSlideNamesCampaignDateAndEnvironmentsWithModes() {
        String text = text(deck.getSlides().get(0));
        assertTrue(text.contains("Xen PV vs HVM & friends"), text);
        assertTrue(text.contains("Measured 2025-03-14"), text);
        assertTrue(text.contains(PV + " — Xen PV"), text);
        assertTrue(text.contains(HVM + " — Xen HVM"), text);
    }

    @Test
    void chartSlidesHoldASharpPictureAndTheCaptionAsText() {
        XSLFSlide slide = deck.getSlides().get(1);
        XSLFPictureShape picture = slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance)
                .map(XSLFPictureShape.class::cast).findFirst().orElseThrow();
        assertEquals(3840, picture.getPictureData().getImageDimensionInPixels().width);
        String text = text(slide);
        assertTrue(text.contains("95 % confidence interval of the mean"), text);
        assertTrue(text.contains("Environments: " + PV + ", " + HVM), text);
    }

    @Test
    void everyChartSlideHasItsDescriptionAsSpeakerNotes() {
        String disk = notes(deck.getSlides().get(1));
        assertTrue(disk.contains("Disk — Write throughput (MB/s)"), disk);
        assertTrue(disk.contains(PV + " — size=8M: 120.0 ± 2.0 MB/s (n = 5)"), disk);
        assertTrue(notes(deck.getSlides().get(2)).contains("Memory — Copy (best) (MB/s)"));
    }

    @Test
    void lastSlideIsTheImpactTableWithTheReportsSentences() {
        XSLFSlide slide = deck.getSlides().get(3);
        assertTrue(text(slide).contains("Impact against " + PV));
        XSLFTable table = slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast)
                .findFirst().orElseThrow();
        assertEquals(List.of("Device", "Environment", "Impact", "Finding"), row(table.getRows().get(0)));
        assertEquals(1 + 2, table.getNumberOfRows(), "Disk and Memory for the one environment compared");
        List<String> disk = row(table.getRows().get(1));
        assertEquals(List.of("Disk", HVM + " (Xen HVM)"), disk.subList(0, 2));
        assertTrue(disk.get(3).startsWith("Disk: significant impact, Xen PV ahead of " + HVM), disk.get(3));
        assertTrue(notes(slide).contains("Disk: significant impact"));
    }

    private static List<String> row(XSLFTableRow row) {
        return row.getCells().stream().map(c -> c.getText()).toList();
    }

    private static String text(XSLFSlide slide) {
        List<String> out = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                out.add(t.getText());
            }
        }
        return String.join("\n", out);
    }

    private static String notes(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        List<String> out = new ArrayList<>();
        for (List<XSLFTextParagraph> paragraphs : notes.getTextParagraphs()) {
            paragraphs.forEach(p -> out.add(p.getText()));
        }
        return String.join("\n", out);
    }
}
