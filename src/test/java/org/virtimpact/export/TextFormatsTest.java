package org.virtimpact.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number rounding, LaTeX escaping, format names and sizes: the small rules every export relies on. */
class TextFormatsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "312.4567; 5.123; 312.5 ± 5.1",
        "9012.3; 123.4; 9010 ± 120",
        "0.012345; 0.00123; 0.0123 ± 0.0012",
        "120; 2.4835; 120.0 ± 2.5",
        "1234.5678; NaN; 1235",
        "-0.0004; 0.3; 0.00 ± 0.30"})
    void roundsTheMeanToTheIntervalsTwoSignificantDigits(double mean, double half, String expected) {
        assertEquals(expected, ValueFormat.meanAndHalfWidth(mean, half));
    }

    @Test
    void escapesEveryLatexSpecialCharacter() {
        assertEquals("50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}",
                TexText.escape("50% & $5 #1 a_b {x} ~^\\"));
    }

    @Test
    void writesTypographicCharactersTheTexWay() {
        assertEquals("Disk --- 1--2 $\\pm$ 3 $\\times$ \\textmu{}s", TexText.escape("Disk — 1–2 ± 3 × µs"));
    }

    @Test
    void readsAFormatListInAnyCaseAndOrder() {
        assertEquals(Set.of(ExportFormat.PNG, ExportFormat.PPTX, ExportFormat.MD),
                ExportFormat.list(" MD,pptx ,png"));
    }

    @Test
    void refusesAnUnknownFormatNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.list("png,gif"));
        assertEquals("unknown format 'gif': use png, svg, pdf, pptx, csv, tex, md.", e.getMessage());
    }

    @Test
    void takesTheFormatOfAFileFromItsExtension() {
        assertEquals(ExportFormat.SVG, ExportFormat.ofFileName("chart.SVG"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.ofFileName("chart"));
    }

    @Test
    void readsSizesAndComputesPixelsFromTheScale() {
        FigureOptions options = FigureOptions.slides().withSize("1280x720").withScale(2);
        assertEquals(List.of(2560, 1440), List.of(options.pixelWidth(), options.pixelHeight()));
        assertThrows(IllegalArgumentException.class, () -> FigureOptions.slides().withSize("big"));
        assertThrows(IllegalArgumentException.class, () -> FigureOptions.slides().withScale(10));
    }

    @Test
    void makesFileNamesSafeAscii() {
        assertEquals("memoria-cafe-x-y", FileNames.slug("Memória — Café x/y"));
        assertTrue(FileNames.slug("***").equals("figure"));
    }
}
