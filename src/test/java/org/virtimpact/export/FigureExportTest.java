package org.virtimpact.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.export.ExportFixtures.HVM;
import static org.virtimpact.export.ExportFixtures.PV;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.chart.ChartTheme;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every figure format, reopened with its own library. */
class FigureExportTest {

    private static Study study;

    @TempDir
    Path dir;

    @BeforeAll
    static void study() throws Exception {
        study = ExportFixtures.study(ChartSelection.headlines());
    }

    @Test
    void pngsHaveSlideSize() throws Exception {
        List<Path> files = Exporters.forSlides(FigureOptions.slides()).get(ExportFormat.PNG).write(study, dir);
        assertEquals(List.of(dir.resolve("disk-dd-write-rate.png"), dir.resolve("memory-membw-copy.png")), files);
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertEquals(List.of(1920, 1080), List.of(image.getWidth(), image.getHeight()));
    }

    @Test
    void hiDpiPngsAreTwiceTheSizeAndSaySoInTheirName() throws Exception {
        List<Path> files = Exporters.forSlides(FigureOptions.slides().withScale(2)).get(ExportFormat.PNG)
                .write(study, dir);
        assertEquals(dir.resolve("disk-dd-write-rate@2x.png"), files.get(0));
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertEquals(List.of(3840, 2160), List.of(image.getWidth(), image.getHeight()));
    }

    @Test
    void pngsTakeACustomSize() throws Exception {
        List<Path> files = Exporters.forSlides(FigureOptions.slides().withSize("1200x900")).get(ExportFormat.PNG)
                .write(study, dir);
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertEquals(List.of(1200, 900), List.of(image.getWidth(), image.getHeight()));
    }

    @Test
    void svgIsWellFormedWithEnvironmentsAndUnitsAsText() throws Exception {
        Path file = Exporters.forSlides(FigureOptions.slides().withCaption(true)).get(ExportFormat.SVG)
                .write(study, dir).get(0);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals(1920, Double.parseDouble(svg.getDocumentElement().getAttribute("width").replace("px", "")));
        assertEquals(List.of(0.0, 0.0, 1920.0, 1080.0), Arrays.stream(svg.getDocumentElement()
                .getAttribute("viewBox").split(" ")).map(Double::parseDouble).toList());
        List<String> texts = texts(svg.getElementsByTagNameNS("*", "text"));
        assertTrue(texts.contains(PV), texts.toString());
        assertTrue(texts.contains(HVM), texts.toString());
        assertTrue(texts.contains("Write throughput (MB/s)"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("95 % confidence interval of the mean")), texts.toString());
    }

    @Test
    void pdfIsOneVectorPageWithSelectableText() throws Exception {
        Path file = Exporters.forSlides(FigureOptions.slides()).get(ExportFormat.PDF).write(study, dir).get(0);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(List.of(1920f, 1080f), List.of(box.getWidth(), box.getHeight()));
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(PV), text);
            assertTrue(text.contains(HVM), text);
            assertTrue(text.contains("Write throughput (MB/s)"), text);
            assertTrue(text.contains("Disk — Write throughput"), text);
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(),
                    "the chart is a vector form, not a bitmap");
        }
    }

    @Test
    void pdfEmbedsTheChartFontWhereThePlatformHasIt() throws Exception {
        PdfFonts fonts = new PdfFonts("SansSerif");
        Path file = dir.resolve("chart.pdf");
        new PdfExporter(new FigurePainter(ChartTheme.slides(), FigureOptions.slides()), fonts)
                .write(study.figures().get(0), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            Set<String> embedded = new HashSet<>();
            var form = (PDFormXObject) pdf.getPage(0).getResources()
                    .getXObject(pdf.getPage(0).getResources().getXObjectNames().iterator().next());
            for (var name : form.getResources().getFontNames()) {
                PDFont font = form.getResources().getFont(name);
                embedded.add(font.getName() + (font.isEmbedded() ? "+embedded" : ""));
            }
            assertTrue(!embedded.isEmpty(), "no fonts: the text was drawn as outlines");
            if (fonts.embeds()) {
                assertTrue(embedded.stream().allMatch(f -> f.endsWith("+embedded")), embedded.toString());
            }
        }
    }

    @Test
    void aSingleChartIsWrittenUnderTheChosenName() throws Exception {
        Path file = dir.resolve("my chart.svg");
        Exporters.forSlides(FigureOptions.slides()).figureWriter(ExportFormat.SVG).orElseThrow()
                .write(study.figures().get(1), file);
        assertTrue(Files.readString(file).contains("Memory — Copy (best)"));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }
}
