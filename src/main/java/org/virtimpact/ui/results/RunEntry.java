package org.virtimpact.ui.results;

import java.time.Instant;
import java.util.Objects;

/** One run behind a bar, as the runs panel lists it. */
public record RunEntry(String runId, int repetition, Instant timestamp, double value, String unit, String status) {

    public RunEntry {
        Objects.requireNonNull(runId, "runId");
    }
}
