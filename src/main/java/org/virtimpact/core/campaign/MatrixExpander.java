package org.virtimpact.core.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.text.InvalidValueException;
import org.virtimpact.core.text.Message;

/** Expands each benchmark's axes into the cartesian product of test cases, in axis order. */
public final class MatrixExpander {

    public List<TestCase> expand(BenchmarkSpec spec) {
        List<Map<String, String>> cells = new ArrayList<>();
        cells.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> axis : spec.axes().entrySet()) {
            if (axis.getValue().isEmpty()) {
                throw new InvalidValueException(Message.of("matrix.emptyAxis",
                        "axis ''{0}'' of {1} has no values; give at least one", axis.getKey(), spec.benchmark()));
            }
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> cell : cells) {
                for (String value : axis.getValue()) {
                    Map<String, String> extended = new LinkedHashMap<>(cell);
                    extended.put(axis.getKey(), value);
                    next.add(extended);
                }
            }
            cells = next;
        }
        return cells.stream().map(p -> new TestCase(spec.benchmark(), p, spec.options())).toList();
    }

    public List<TestCase> expand(Campaign campaign) {
        return campaign.benchmarks().stream().flatMap(s -> expand(s).stream()).toList();
    }
}
