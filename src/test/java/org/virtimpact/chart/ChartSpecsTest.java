package org.virtimpact.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.Summary;

class ChartSpecsTest {

    static final MetricDef WRITE = new MetricDef("write_rate", "Write throughput", "MB/s", true);
    static final ChartQuery DISK_WRITE = new ChartQuery("Disk", "dd", WRITE);

    static CellKey cell(String env, String metric, String size) {
        return new CellKey(env, "Disk", "dd", metric, "MB/s", Map.of("size", size, "block", "512"));
    }

    static Map<CellKey, Summary> pvAndHvm() {
        Map<CellKey, Summary> cells = new LinkedHashMap<>();
        // HVM's results come first on disk, yet PV comes first in the campaign.
        cells.put(cell("Xen HVM", "write_rate", "8M"), Summary.of(new double[] {100, 110, 120}, 0.95));
        cells.put(cell("Xen HVM", "write_rate", "32M"), Summary.of(new double[] {200, 210}, 0.95));
        cells.put(cell("Xen PV", "write_rate", "8M"), Summary.of(new double[] {90}, 0.95));
        cells.put(cell("Xen PV", "read_rate", "8M"), Summary.of(new double[] {900, 950}, 0.95));
        return cells;
    }

    @Test
    void ordersSeriesAsTheCampaignDoes() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV", "Xen HVM")).bars(pvAndHvm(), DISK_WRITE);
        assertEquals(List.of("Xen PV", "Xen HVM"), spec.series().stream().map(ChartSpec.Series::name).toList());
        assertEquals(List.of(0, 1), spec.series().stream().map(ChartSpec.Series::colour).toList());
    }

    @Test
    void usesMatrixCellsAsCategoriesInFirstSeenOrder() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV", "Xen HVM")).bars(pvAndHvm(), DISK_WRITE);
        assertEquals(List.of("block=512 size=8M", "block=512 size=32M"), spec.categories());
    }

    @Test
    void keepsOnlyTheChosenMetric() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV", "Xen HVM")).bars(pvAndHvm(), DISK_WRITE);
        ChartSpec.Bar pv = spec.series().get(0).bar("block=512 size=8M").orElseThrow();
        assertEquals(90, pv.mean());
        assertEquals(1, spec.series().get(0).bars().size());
    }

    @Test
    void carriesMeanSdAndN() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV", "Xen HVM")).bars(pvAndHvm(), DISK_WRITE);
        ChartSpec.Bar hvm = spec.series().get(1).bar("block=512 size=8M").orElseThrow();
        assertEquals(110, hvm.mean(), 1e-9);
        assertEquals(10, hvm.error(), 1e-9);
        assertEquals(3, hvm.n());
    }

    @Test
    void leavesTheWhiskerOutForASingleRepetition() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV", "Xen HVM")).bars(pvAndHvm(), DISK_WRITE);
        assertFalse(spec.series().get(0).bar("block=512 size=8M").orElseThrow().hasError());
    }

    @Test
    void keepsAnEnvironmentsColourWhenAnEarlierOneHasNoResults() {
        ChartSpec spec = new ChartSpecs(List.of("KVM", "Xen PV", "Xen HVM")).bars(pvAndHvm(), DISK_WRITE);
        assertEquals(List.of(1, 2), spec.series().stream().map(ChartSpec.Series::colour).toList());
    }

    @Test
    void appendsEnvironmentsMissingFromTheCampaign() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV")).bars(pvAndHvm(), DISK_WRITE);
        assertEquals(List.of("Xen PV", "Xen HVM"), spec.series().stream().map(ChartSpec.Series::name).toList());
    }

    @Test
    void labelsTheValueAxisWithTheUnit() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV")).bars(pvAndHvm(), DISK_WRITE);
        assertEquals("Write throughput (MB/s)", spec.valueAxisLabel());
        assertEquals("Disk — Write throughput", spec.title());
    }

    @Test
    void isEmptyWhenNothingMatches() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV"))
                .bars(pvAndHvm(), new ChartQuery("Memory", "membw", WRITE));
        assertTrue(spec.isEmpty());
        assertTrue(spec.categories().isEmpty());
    }

    @Test
    void confidenceWhiskersAreHalfTheIntervalOfTheMean() {
        ChartSpec spec = new ChartSpecs(List.of("Xen PV", "Xen HVM")).bars(pvAndHvm(), DISK_WRITE,
                Whiskers.confidenceInterval(0.95));
        Summary hvm8 = pvAndHvm().get(cell("Xen HVM", "write_rate", "8M"));
        assertEquals((hvm8.ciHigh() - hvm8.ciLow()) / 2,
                spec.series().get(1).bar("block=512 size=8M").orElseThrow().error(), 1e-9);
        assertEquals(Whiskers.Kind.CONFIDENCE_INTERVAL, spec.whiskers().kind());
    }

    @Test
    void screenSpecsKeepStandardDeviationWhiskers() {
        assertEquals(Whiskers.standardDeviation(),
                new ChartSpecs(List.of("Xen PV")).bars(pvAndHvm(), DISK_WRITE).whiskers());
    }
}
