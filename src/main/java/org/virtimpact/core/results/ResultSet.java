package org.virtimpact.core.results;

import java.util.List;

/**
 * The samples of a campaign, plus what was noticed while loading them (a half-written last
 * line after a crash, say) so the UI and CLI can tell the researcher. Published summaries
 * (a mean, and n and sd where the source gave them) travel beside the samples, never as runs.
 */
public record ResultSet(List<Sample> samples, List<String> warnings, List<PublishedSummary> published) {

    public ResultSet {
        samples = List.copyOf(samples);
        warnings = List.copyOf(warnings);
        published = published == null ? List.of() : List.copyOf(published);
    }

    public ResultSet(List<Sample> samples, List<String> warnings) {
        this(samples, warnings, List.of());
    }

    public static ResultSet empty() {
        return new ResultSet(List.of(), List.of());
    }
}
