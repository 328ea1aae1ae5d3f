package org.virtimpact.core.results;

import java.util.List;
import org.virtimpact.core.text.Message;

/**
 * The samples of a campaign, plus what was noticed while loading them (a half-written last
 * line after a crash, say) so the UI and CLI can tell the researcher. Published summaries
 * (a mean, and n and sd where the source gave them) travel beside the samples, never as runs.
 *
 * @param warningMessages what loading noticed, for a screen to put in the person's language
 */
public record ResultSet(List<Sample> samples, List<Message> warningMessages, List<PublishedSummary> published) {

    public ResultSet {
        samples = List.copyOf(samples);
        warningMessages = List.copyOf(warningMessages);
        published = published == null ? List.of() : List.copyOf(published);
    }

    public ResultSet(List<Sample> samples, List<Message> warningMessages) {
        this(samples, warningMessages, List.of());
    }

    public static ResultSet empty() {
        return new ResultSet(List.of(), List.of());
    }

    /** The warnings in English, as the CLI prints them and reports list them. */
    public List<String> warnings() {
        return warningMessages.stream().map(Message::english).toList();
    }
}
