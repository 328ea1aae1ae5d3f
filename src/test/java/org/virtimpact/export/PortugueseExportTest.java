package org.virtimpact.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.export.ExportFixtures.HVM;
import static org.virtimpact.export.ExportFixtures.PV;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.text.Words;

/** What the Portuguese workbench exports reads as Portuguese, numbers and dates included; the CSV doesn't change. */
class PortugueseExportTest {

    private static final Words PORTUGUESE = new Words(Locale.forLanguageTag("pt-BR"));

    @TempDir
    Path dir;
    private static Study study;

    @BeforeAll
    static void study() throws Exception {
        study = ExportFixtures.study(ChartSelection.headlines(), FigureNotes.none(), PORTUGUESE);
    }

    private String write(ExportFormat format, Words words, Path into) throws Exception {
        List<Path> files = Exporters.forSlides(FigureOptions.slides(), words).get(format).write(study, into);
        return Files.readString(files.get(0));
    }

    @Test
    void captionOfARealChartIsPortugueseWithItsDate() {
        String caption = study.figures().get(0).caption();
        assertEquals("Barras: média de n = 5 execuções por barra; barras de erro: intervalo de confiança de 95 % da"
                + " média (t de Student). Ferramenta: dd, versão dd (coreutils) 9.1 em " + PV
                + "; dd (coreutils) 8.32 em " + HVM + ". Ambientes: " + PV + ", " + HVM + " (Xen HVM)."
                + " Medido em 14/03/2025.", caption);
    }

    @Test
    void speakerNotesArePortugueseWithDecimalCommas() {
        String notes = study.figures().get(0).notes();
        assertTrue(notes.startsWith("Disco — Vazão de escrita (MB/s): medições feitas com dd"), notes);
        assertTrue(notes.contains("As barras são médias de n = 5 execuções por barra; barras de erro: intervalo de"
                + " confiança de 95 % da média. Medido em 14/03/2025."), notes);
        assertTrue(notes.contains(PV + " — size=8M: 120,0 ± 2,0 MB/s (n = 5)"), notes);
    }

    @Test
    void builtToolsSayWhichCompilerInPortuguese() {
        assertTrue(study.figures().get(1).caption().contains("Ferramenta: membw, compilado com gcc 12.2.0."),
                study.figures().get(1).caption());
    }

    @Test
    void markdownTableHeaderAndNumbersArePortuguese() throws Exception {
        String md = write(ExportFormat.MD, PORTUGUESE, dir);
        assertTrue(md.contains("Média ± intervalo de confiança de 95 % da média (t de Student), com o número de"
                + " execuções n; medido em 14/03/2025."), md);
        assertTrue(md.contains("## Disco — Vazão de escrita (MB/s), dd"), md);
        assertTrue(md.contains("| Célula | " + PV + " (MB/s) | " + HVM + " (MB/s) |"), md);
        assertTrue(md.contains("| size=8M | 120,0 ± 2,0 (n = 5) | 100,0 ± 5,9 (n = 5) |"), md);
    }

    @Test
    void latexTableHeaderIsPortugueseWithCommasThatMathModeLeavesAlone() throws Exception {
        String tex = write(ExportFormat.TEX, PORTUGUESE, dir);
        assertTrue(tex.contains("\\caption{Disco, dd: Vazão de escrita (MB/s). Média $\\pm$ intervalo de confiança"
                + " de 95\\,\\% da média (número de execuções).}"), tex);
        assertTrue(tex.contains("Célula & Xen PV & Xen\\_HVM guest \\\\"), tex);
        assertTrue(tex.contains("size=8M & $120{,}0 \\pm 2{,}0$ (5) & $100{,}0 \\pm 5{,}9$ (5) \\\\"), tex);
        assertTrue(tex.startsWith("% Xen PV vs HVM & friends: tabelas-resumo escritas pelo VirtImpact,"), tex);
    }

    @Test
    void csvIsTheSameInEveryLanguage(@TempDir Path english) throws Exception {
        assertEquals(write(ExportFormat.CSV, Words.english(), english), write(ExportFormat.CSV, PORTUGUESE, dir));
    }

    @Test
    void deckTitleAndImpactSlidesArePortuguese() throws Exception {
        Path file = Exporters.forSlides(FigureOptions.slides(), PORTUGUESE).get(ExportFormat.PPTX)
                .write(study, dir).get(0);
        try (InputStream in = Files.newInputStream(file); XMLSlideShow deck = new XMLSlideShow(in)) {
            String title = text(deck.getSlides().get(0));
            assertTrue(title.contains("Medido em 14/03/2025 · referência: " + PV), title);
            assertTrue(title.contains("Ambientes"), title);
            XSLFSlide impact = deck.getSlides().get(3);
            assertTrue(text(impact).contains("Impacto em relação a " + PV), text(impact));
            XSLFTable table = impact.getShapes().stream().filter(XSLFTable.class::isInstance)
                    .map(XSLFTable.class::cast).findFirst().orElseThrow();
            assertEquals(List.of("Dispositivo", "Ambiente", "Impacto", "Conclusão"), row(table, 0));
            assertEquals(List.of("Disco", HVM + " (Xen HVM)", "impacto significativo"), row(table, 1).subList(0, 3));
            assertTrue(row(table, 1).get(3).startsWith("Disco: impacto significativo"), row(table, 1).get(3));
        }
    }

    private static List<String> row(XSLFTable table, int r) {
        return table.getRows().get(r).getCells().stream().map(c -> c.getText()).toList();
    }

    private static String text(XSLFSlide slide) {
        StringBuilder out = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                out.append(t.getText()).append('\n');
            }
        }
        return out.toString();
    }
}
