package org.virtimpact.ui.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.run.PlannedRun;

/**
 * How long each matrix cell took when it last ran, read from the {@code raw/*.cmd} files a run
 * leaves ("# exit status 0, 1234 ms"). Keyed by the run id without its repetition, so a cell is
 * recognised however often it ran. Reads the disk: call it off the FX thread.
 *
 * @param millis mean duration of the successful repetitions, by cell key
 */
record RunDurations(Map<String, Long> millis) {

    private static final Pattern FILE = Pattern.compile("(.+)\\.r\\d+\\.cmd");
    private static final Pattern TIMING = Pattern.compile("# exit status 0, (\\d+) ms");

    RunDurations {
        millis = Map.copyOf(millis);
    }

    static RunDurations none() {
        return new RunDurations(Map.of());
    }

    /** A folder without raw/ (nothing ran yet) simply has no durations; unreadable files are skipped. */
    static RunDurations read(Path campaignDir) {
        Path raw = campaignDir.resolve(Journal.RAW);
        if (!Files.isDirectory(raw)) {
            return none();
        }
        Map<String, long[]> sums = new HashMap<>();
        try (Stream<Path> files = Files.list(raw)) {
            files.forEach(file -> {
                Matcher name = FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    timing(file).ifPresent(ms -> {
                        long[] sum = sums.computeIfAbsent(name.group(1), k -> new long[2]);
                        sum[0] += ms;
                        sum[1]++;
                    });
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // An estimate is a convenience: without the durations it falls back to rough defaults.
            return none();
        }
        Map<String, Long> means = new HashMap<>();
        sums.forEach((cell, sum) -> means.put(cell, sum[0] / sum[1]));
        return new RunDurations(means);
    }

    Optional<Long> of(Environment env, TestCase cell) {
        return Optional.ofNullable(millis.get(key(env, cell)));
    }

    static String key(Environment env, TestCase cell) {
        String first = new PlannedRun(env, cell, 1).runId();
        return first.substring(0, first.length() - ".r01".length());
    }

    private static Optional<Long> timing(Path file) {
        try {
            Matcher m = TIMING.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
