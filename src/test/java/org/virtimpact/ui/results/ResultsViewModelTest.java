package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.ui.DirectBackground;

class ResultsViewModelTest {

    static final List<String> ENVS = List.of("Xen PV", "Xen HVM");

    static Sample dd(String env, String metric, double value, int rep) {
        return new Sample(env + ".dd.r" + rep, Instant.EPOCH, env, "Disk", "dd", metric, value, "MB/s", rep, "ok",
                Map.of("size", "8M", "block", "512"));
    }

    static Sample membw(String env, double value, int rep) {
        return new Sample(env + ".membw.r" + rep, Instant.EPOCH, env, "Memory", "membw", "copy", value, "MB/s",
                rep, "ok", Map.of("array", "64M"));
    }

    static ResultSet someResults() {
        List<Sample> samples = new ArrayList<>();
        for (int rep = 1; rep <= 3; rep++) {
            samples.add(membw("Xen HVM", 9000 + rep, rep));
            samples.add(dd("Xen HVM", "write_rate", 100 + rep, rep));
            samples.add(dd("Xen HVM", "read_rate", 500 + rep, rep));
            samples.add(dd("Xen PV", "write_rate", 120 + rep, rep));
        }
        return new ResultSet(samples, List.of());
    }

    private final DirectBackground background = new DirectBackground();
    private final ResultsViewModel vm = new ResultsViewModel(BenchmarkCatalog.standard(), background);

    @Test
    void hasOneTabPerDeviceInDeviceOrder() {
        vm.show(ENVS, someResults());
        assertEquals(List.of("Disk", "Memory"), vm.devices().stream().map(DeviceResultsViewModel::device).toList());
    }

    @Test
    void offersOnlyMetricsWithDataInTheBenchmarksOrder() {
        vm.show(ENVS, someResults());
        assertEquals(List.of("Write throughput", "Read throughput"),
                vm.devices().get(0).metrics().stream().map(m -> m.label(false)).toList());
    }

    @Test
    void showsTheFirstMetricByDefault() {
        vm.show(ENVS, someResults());
        DeviceResultsViewModel disk = vm.devices().get(0);
        assertEquals("write_rate", disk.selectedMetricProperty().get().metric().name());
        assertEquals("Disk — Write throughput", disk.chartProperty().get().title());
    }

    @Test
    void chartsEnvironmentsInCampaignOrder() {
        vm.show(ENVS, someResults());
        ChartSpec spec = vm.devices().get(0).chartProperty().get();
        assertEquals(List.of("Xen PV", "Xen HVM"), spec.series().stream().map(ChartSpec.Series::name).toList());
        assertEquals(122.0, spec.series().get(0).bars().get(0).mean(), 1e-9);
    }

    @Test
    void choosingAnotherMetricRedrawsChartAndTable() {
        vm.show(ENVS, someResults());
        DeviceResultsViewModel disk = vm.devices().get(0);
        disk.selectedMetricProperty().set(disk.metrics().get(1));
        assertEquals("Disk — Read throughput", disk.chartProperty().get().title());
        assertEquals(List.of("Xen HVM"), disk.rows().stream().map(SummaryRow::environment).toList());
    }

    @Test
    void tabulatesEachEnvironmentsCell() {
        vm.show(ENVS, someResults());
        SummaryRow pv = vm.devices().get(0).rows().get(0);
        assertEquals(new SummaryRow("Xen PV", "block=512 size=8M", 3, 122, 1, 121, 123, "MB/s"), pv);
    }

    @Test
    void addsSamplesArrivingDuringARun() {
        vm.show(ENVS, someResults());
        vm.offer(List.of(dd("Xen PV", "write_rate", 126, 4)));
        assertEquals(4, vm.devices().get(0).rows().get(0).n());
        assertEquals(13, vm.sampleCountProperty().get());
    }

    @Test
    void keepsTheChosenMetricWhenNewSamplesArrive() {
        vm.show(ENVS, someResults());
        DeviceResultsViewModel disk = vm.devices().get(0);
        MetricOption read = disk.metrics().get(1);
        disk.selectedMetricProperty().set(read);
        vm.offer(List.of(dd("Xen PV", "write_rate", 126, 4)));
        assertTrue(vm.devices().get(0) == disk, "the tab was replaced");
        assertEquals(read, disk.selectedMetricProperty().get());
    }

    @Test
    void ignoresASummaryOvertakenByANewerOne() {
        vm.show(ENVS, someResults());
        background.hold();
        vm.offer(List.of(dd("Xen PV", "write_rate", 126, 4)));
        vm.offer(List.of(dd("Xen PV", "write_rate", 127, 5)));
        background.held().get(1).run();
        background.held().get(0).run();
        assertEquals(5, vm.devices().get(0).rows().get(0).n());
    }

    @Test
    void dropsEverythingOfThePreviousCampaign() {
        vm.show(ENVS, someResults());
        vm.show(ENVS, new ResultSet(List.of(membw("Xen PV", 8000, 1)), List.of()));
        assertEquals(List.of("Memory"), vm.devices().stream().map(DeviceResultsViewModel::device).toList());
    }
}
