package org.virtimpact.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.text.Words;

/** The line BarCharts draws under an exported figure's title speaks the figure's language. */
class BarChartsWordsTest {

    private static final Words PORTUGUESE = new Words(Locale.forLanguageTag("pt-BR"));
    private static final ChartQuery DD_WRITE = new ChartQuery("Disk", "dd",
            BenchmarkCatalog.standard().get("dd").metric("write_rate").orElseThrow());

    private static ChartSpec spec(double confidence) {
        return new ChartSpecs(List.of("Xen PV", "Xen HVM"), PORTUGUESE).bars(ChartSpecsTest.pvAndHvm(), DD_WRITE,
                Whiskers.confidenceInterval(confidence));
    }

    /** The line under the title: the first subtitle at the top edge. */
    private static String lineUnderTheTitle(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t && t.getPosition() == RectangleEdge.TOP) {
                return t.getText();
            }
        }
        throw new AssertionError("no line under the title");
    }

    @Test
    void drawsAPortugueseSubtitleOnAnExportedFigure() {
        JFreeChart chart = BarCharts.create(spec(0.95), ChartTheme.slides(), "", true, PORTUGUESE);
        assertEquals("barras: média · barras de erro: intervalo de confiança de 95 % da média · n = 1–3 por barra",
                lineUnderTheTitle(chart));
    }

    @Test
    void aChartWithoutBarsHasNoLineAboutWhiskers() {
        // the workbench's tab before its first result: a whisker line would name whiskers not chosen
        JFreeChart chart = BarCharts.create(new ChartSpec("Disco", "", List.of(), List.of()), ChartTheme.screen(),
                ChartDecor.none(), PORTUGUESE);
        assertEquals(List.of(), java.util.stream.IntStream.range(0, chart.getSubtitleCount())
                .mapToObj(chart::getSubtitle).filter(t -> t instanceof TextTitle tt && tt.getPosition() == RectangleEdge.TOP)
                .toList());
    }

    @Test
    void writesAPortugueseConfidenceLevelWithADecimalComma() {
        JFreeChart chart = BarCharts.create(spec(0.995), ChartTheme.slides(), "", true, PORTUGUESE);
        assertEquals("barras: média · barras de erro: intervalo de confiança de 99,5 % da média · n = 1–3 por barra",
                lineUnderTheTitle(chart));
    }

    @Test
    void portugueseValueAxisGroupsThousandsWithDotsAndDecimalsWithCommas() {
        NumberAxis axis = (NumberAxis) BarCharts.create(spec(0.95), ChartTheme.slides(), "", true, PORTUGUESE)
                .getCategoryPlot().getRangeAxis();
        assertEquals(List.of("8.000", "2,5", "0,0001"), List.of(axis.getNumberFormatOverride().format(8000),
                axis.getNumberFormatOverride().format(2.5), axis.getNumberFormatOverride().format(0.0001)));
    }

    @Test
    void englishValueAxisGroupsThousandsWithCommasOnAnyDesktop() {
        Locale desktop = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            NumberAxis axis = (NumberAxis) BarCharts.create(spec(0.95), ChartTheme.slides(), "", true)
                    .getCategoryPlot().getRangeAxis();
            assertEquals(List.of("8,000", "2.5", "0.0001"), List.of(axis.getNumberFormatOverride().format(8000),
                    axis.getNumberFormatOverride().format(2.5), axis.getNumberFormatOverride().format(0.0001)));
        } finally {
            Locale.setDefault(desktop);
        }
    }

    private static final ChartDecor LOG_AXIS = new ChartDecor(true, OptionalDouble.empty(), List.of(), "", List.of(),
            Optional.empty());

    @Test
    void theWorkbenchsLogAxisSaysSoInPortuguese() {
        JFreeChart chart = BarCharts.create(spec(0.95), ChartTheme.screen(), LOG_AXIS, PORTUGUESE);
        assertEquals("Vazão de escrita (MB/s) (escala log)", chart.getCategoryPlot().getRangeAxis().getLabel());
    }

    @Test
    void anEnglishLogAxisKeepsItsLabel() {
        ChartSpec english = new ChartSpecs(List.of("Xen PV", "Xen HVM"), Words.english()).bars(
                ChartSpecsTest.pvAndHvm(), DD_WRITE, Whiskers.confidenceInterval(0.95));
        JFreeChart chart = BarCharts.create(english, ChartTheme.screen(), LOG_AXIS, Words.english());
        assertEquals(english.valueAxisLabel() + " (log)", chart.getCategoryPlot().getRangeAxis().getLabel());
    }

    @Test
    void withoutWordsTheSubtitleStaysEnglish() {
        JFreeChart chart = BarCharts.create(spec(0.995), ChartTheme.slides(), "", true);
        assertEquals("bars: mean · whiskers: 99.5 % confidence interval of the mean · n = 1–3 per bar",
                lineUnderTheTitle(chart));
    }
}
