package org.virtimpact.core.stats;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.virtimpact.core.results.Sample;

/** Identifies one cell of results: environment × benchmark × metric × matrix values. */
public record CellKey(String environment, String device, String benchmark, String metric, String unit,
                      Map<String, String> axes) {

    public CellKey {
        axes = Collections.unmodifiableMap(new TreeMap<>(axes));
    }

    public static CellKey of(Sample s) {
        return new CellKey(s.environment(), s.device(), s.benchmark(), s.metric(), s.unit(), s.axes());
    }

    /** The same cell in another environment: what a comparison puts side by side. */
    public CellKey inEnvironment(String otherEnvironment) {
        return new CellKey(otherEnvironment, device, benchmark, metric, unit, axes);
    }

    /** The chart category: matrix values only, so environments line up side by side. */
    public String category() {
        if (axes.isEmpty()) {
            return benchmark;
        }
        StringBuilder sb = new StringBuilder();
        axes.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }
}
