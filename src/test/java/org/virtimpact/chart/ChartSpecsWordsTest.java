package org.virtimpact.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.text.Words;

/** Chart titles and axes speak the language they are given; the CLI's stay English. */
class ChartSpecsWordsTest {

    private static final Words PORTUGUESE = new Words(Locale.forLanguageTag("pt-BR"));
    private static final ChartQuery DD_WRITE = new ChartQuery("Disk", "dd",
            BenchmarkCatalog.standard().get("dd").metric("write_rate").orElseThrow());

    @Test
    void titleAndAxisOfARealMetricInPortuguese() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV", "Xen HVM"), PORTUGUESE)
                .bars(ChartSpecsTest.pvAndHvm(), DD_WRITE);
        assertEquals("Disco — Vazão de escrita", spec.title());
        assertEquals("Vazão de escrita (MB/s)", spec.valueAxisLabel());
    }

    @Test
    void ratiosToTheBaselineInPortuguese() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV", "Xen HVM"), PORTUGUESE)
                .ratios(ChartSpecsTest.pvAndHvm(), Map.of(), DD_WRITE, "Xen PV", 0.95);
        assertEquals("Disco — Vazão de escrita em relação a Xen PV", spec.title());
        assertEquals("Vazão de escrita / Xen PV", spec.valueAxisLabel());
    }

    @Test
    void withoutWordsTheChartIsEnglishAsTheCliDrawsIt() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV", "Xen HVM")).ratios(ChartSpecsTest.pvAndHvm(), Map.of(),
                DD_WRITE, "Xen PV", 0.95);
        assertEquals("Disk — Write throughput relative to Xen PV", spec.title());
        assertEquals("Write throughput / Xen PV", spec.valueAxisLabel());
    }
}
