package org.virtimpact.ui.results;

import java.util.List;
import java.util.Optional;
import org.virtimpact.core.results.PublishedSummary;
import org.virtimpact.core.results.Sample;

/** What stands behind one bar: its runs (failed ones too), or the published summary it shows. */
record CellRuns(List<Sample> samples, Optional<PublishedSummary> published) {

    CellRuns {
        samples = List.copyOf(samples);
    }
}
