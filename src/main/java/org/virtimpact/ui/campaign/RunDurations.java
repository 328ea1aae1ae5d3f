package org.virtimpact.ui.campaign;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.run.Durations;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.run.PlannedRun;

/**
 * How long each matrix cell took when it last ran, read from the {@code raw/*.cmd} files a run
 * leaves (read by the runner's own {@link Durations}). Keyed by the run id without its repetition,
 * so a cell is recognised however often it ran. Reads the disk: call it off the FX thread.
 *
 * @param millis mean duration of the cell's runs, by cell key
 */
record RunDurations(Map<String, Long> millis) {

    RunDurations {
        millis = Map.copyOf(millis);
    }

    static RunDurations none() {
        return new RunDurations(Map.of());
    }

    /** A folder without raw/ (nothing ran yet) simply has no durations; unreadable files are skipped. */
    static RunDurations read(Path campaignDir) {
        Map<String, Long> means = new HashMap<>();
        Durations.read(List.of(campaignDir.resolve(Journal.RAW))).forEach((cell, d) -> means.put(cell, d.toMillis()));
        return new RunDurations(means);
    }

    Optional<Long> of(Environment env, TestCase cell) {
        return Optional.ofNullable(millis.get(key(env, cell)));
    }

    static String key(Environment env, TestCase cell) {
        String first = new PlannedRun(env, cell, 1).runId();
        return first.substring(0, first.length() - ".r01".length());
    }
}
