package org.virtimpact.core.results;

import java.time.Instant;
import java.util.Map;

/** Small sample factory shared by the results tests. */
final class Samples {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123Z");

    private Samples() {
    }

    static Sample dd(String runId, String metric, double value, Map<String, String> axes) {
        return new Sample(runId, T0, "native", "Disk", "dd", metric, value, "MB/s", 1, Sample.OK, axes);
    }

    static Sample dd(String runId, double value) {
        return dd(runId, "write_rate", value, Map.of("size", "1M"));
    }
}
