package org.virtimpact.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

class SummariesTest {

    private final Summaries summaries = new Summaries(Summary.DEFAULT_CONFIDENCE);

    private static Sample sample(String env, String metric, String size, double value, String status) {
        return new Sample("id", Instant.EPOCH, env, "Disk", "dd", metric, value, "MB/s", 1, status,
                Map.of("size", size));
    }

    private static CellKey key(String env, String metric, String size) {
        return new CellKey(env, "Disk", "dd", metric, "MB/s", Map.of("size", size));
    }

    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    @Test
    void groupsByEnvironmentMetricAndAxesInFirstSeenOrder() {
        ResultSet results = new ResultSet(List.of(
                sample("native", "write_rate", "1M", 1, Sample.OK),
                sample("xen", "write_rate", "1M", 2, Sample.OK),
                sample("native", "read_rate", "1M", 3, Sample.OK),
                sample("native", "write_rate", "2M", 4, Sample.OK),
                sample("native", "write_rate", "1M", 5, Sample.OK)), List.of());

        Map<CellKey, Summary> byCell = summaries.byCell(results);

        assertEquals(List.of(key("native", "write_rate", "1M"), key("xen", "write_rate", "1M"),
                key("native", "read_rate", "1M"), key("native", "write_rate", "2M")), List.copyOf(byCell.keySet()));
        assertEquals(2, byCell.get(key("native", "write_rate", "1M")).n());
        assertEquals(3.0, byCell.get(key("native", "write_rate", "1M")).mean());
    }

    @Test
    void ignoresSamplesWhoseStatusIsNotOk() {
        ResultSet results = new ResultSet(List.of(
                sample("native", "write_rate", "1M", 10, Sample.OK),
                sample("native", "write_rate", "1M", 0, "failed"),
                sample("native", "write_rate", "1M", 99, "outlier")), List.of());

        Summary s = summaries.byCell(results).get(key("native", "write_rate", "1M"));

        assertEquals(1, s.n());
        assertEquals(10.0, s.mean());
    }

    @Test
    void aCellWithOnlyFailedSamplesIsLeftOut() {
        ResultSet results = new ResultSet(List.of(sample("native", "write_rate", "1M", 0, "failed")), List.of());

        assertEquals(Map.of(), summaries.byCell(results));
    }

    @Test
    void axisOrderDoesNotSplitACell() {
        // the same cell read from two files whose axis columns come in a different order
        Sample a = new Sample("a", Instant.EPOCH, "native", "Disk", "dd", "write_rate", 1, "MB/s", 1, Sample.OK,
                ordered("size", "1M", "block", "512"));
        Sample b = new Sample("b", Instant.EPOCH, "native", "Disk", "dd", "write_rate", 3, "MB/s", 2, Sample.OK,
                ordered("block", "512", "size", "1M"));

        Map<CellKey, Summary> byCell = summaries.byCell(new ResultSet(List.of(a, b), List.of()));

        assertEquals(1, byCell.size());
        assertEquals(2.0, byCell.values().iterator().next().mean());
    }
}
