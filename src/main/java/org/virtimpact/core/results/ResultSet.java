package org.virtimpact.core.results;

import java.util.List;

/**
 * The samples of a campaign, plus what was noticed while loading them (a half-written last
 * line after a crash, say) so the UI and CLI can tell the researcher.
 */
public record ResultSet(List<Sample> samples, List<String> warnings) {

    public ResultSet {
        samples = List.copyOf(samples);
        warnings = List.copyOf(warnings);
    }

    public static ResultSet empty() {
        return new ResultSet(List.of(), List.of());
    }
}
