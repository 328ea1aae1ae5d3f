package org.virtimpact.core.stats;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.virtimpact.core.results.PublishedSummary;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

/**
 * Groups a result set's usable samples (status ok or imported) and published summaries by cell and
 * summarises each, in first-seen order (samples first).
 */
public final class Summaries {

    private final double confidence;

    public Summaries(double confidence) {
        this.confidence = confidence;
    }

    public double confidence() {
        return confidence;
    }

    public Map<CellKey, Summary> byCell(ResultSet results) {
        Map<CellKey, Summary> out = new LinkedHashMap<>();
        cells(results).forEach((k, v) -> out.put(k, v.summary(confidence)));
        return out;
    }

    /**
     * The values of every cell. Grouping goes through a cheap key of the sample's own fields and
     * builds each sorted {@link CellKey} once per cell, not once per row: with a million rows that
     * is the difference between milliseconds and seconds.
     */
    public Map<CellKey, CellValues> cells(ResultSet results) {
        Map<RawKey, CellValues> groups = new LinkedHashMap<>();
        for (Sample s : results.samples()) {
            if (s.counts()) {
                groups.computeIfAbsent(new RawKey(s.environment(), s.device(), s.benchmark(), s.metric(), s.unit(),
                        s.axes()), k -> new CellValues()).add(s.value());
            }
        }
        for (PublishedSummary p : results.published()) {
            groups.computeIfAbsent(new RawKey(p.environment(), p.device(), p.benchmark(), p.metric(), p.unit(),
                    p.axes()), k -> new CellValues()).publish(p);
        }
        Map<CellKey, CellValues> out = new LinkedHashMap<>();
        Map<RawKey, CellKey> keys = new HashMap<>();
        groups.forEach((raw, values) -> out.put(keys.computeIfAbsent(raw, RawKey::cellKey), values));
        return out;
    }

    /** Map equality ignores order, so axes read in a different column order meet in one cell. */
    private record RawKey(String environment, String device, String benchmark, String metric, String unit,
                          Map<String, String> axes) {
        CellKey cellKey() {
            return new CellKey(environment, device, benchmark, metric, unit, axes);
        }

        // Written out, with the same meaning as a record's own: that one goes through method handles,
        // which the workbench's C1-only JIT does not inline, and every row of a results file is
        // grouped by this key. A million-row load took a tenth less time under C1 for it.
        @Override
        public boolean equals(Object o) {
            return o instanceof RawKey k && Objects.equals(environment, k.environment)
                    && Objects.equals(device, k.device) && Objects.equals(benchmark, k.benchmark)
                    && Objects.equals(metric, k.metric) && Objects.equals(unit, k.unit)
                    && Objects.equals(axes, k.axes);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(environment);
            h = 31 * h + Objects.hashCode(device);
            h = 31 * h + Objects.hashCode(benchmark);
            h = 31 * h + Objects.hashCode(metric);
            h = 31 * h + Objects.hashCode(unit);
            return 31 * h + Objects.hashCode(axes);
        }
    }
}
