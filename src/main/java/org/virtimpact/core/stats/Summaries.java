package org.virtimpact.core.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

/** Groups a result set's usable samples by cell and summarises each, in first-seen order. */
public final class Summaries {

    private final double confidence;

    public Summaries(double confidence) {
        this.confidence = confidence;
    }

    public Map<CellKey, Summary> byCell(ResultSet results) {
        Map<CellKey, List<Double>> groups = new LinkedHashMap<>();
        for (Sample s : results.samples()) {
            if (Sample.OK.equals(s.status())) {
                groups.computeIfAbsent(CellKey.of(s), k -> new ArrayList<>()).add(s.value());
            }
        }
        Map<CellKey, Summary> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, Summary.of(v.stream().mapToDouble(Double::doubleValue).toArray(),
                confidence)));
        return out;
    }
}
