package org.virtimpact.core.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How long each cell took before, read from the {@code raw/RUNID.cmd} files of earlier runs (the
 * same campaign before a resume, or another campaign folder with the same environments and cells),
 * so the time to the end can be told before this run has finished anything.
 */
public final class Durations {

    private static final Pattern CMD = Pattern.compile("(.+)\\.[rw]\\d{2,}\\.cmd");
    private static final Pattern ELAPSED = Pattern.compile("# exit status -?\\d+, (\\d+) ms");

    private Durations() {
    }

    /** The mean duration per cell id over the {@code .cmd} files of {@code rawDirs}; unreadable ones are skipped. */
    public static Map<String, Duration> read(List<Path> rawDirs) {
        Map<String, long[]> sums = new HashMap<>();
        for (Path raw : rawDirs) {
            try (Stream<Path> files = Files.list(raw)) {
                files.forEach(f -> add(f, sums));
            } catch (NoSuchFileException e) {
                // nothing ran there yet
                continue;
            } catch (IOException e) {
                System.getLogger(Durations.class.getName()).log(System.Logger.Level.WARNING,
                        "could not list " + raw + "; times to the end are learnt from this run only", e);
            }
        }
        Map<String, Duration> means = new HashMap<>();
        sums.forEach((cell, s) -> means.put(cell, Duration.ofMillis(s[0] / s[1])));
        return means;
    }

    private static void add(Path file, Map<String, long[]> sums) {
        Matcher name = CMD.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher elapsed = ELAPSED.matcher(text);
            long ms = -1;
            while (elapsed.find()) {
                ms = Long.parseLong(elapsed.group(1));
            }
            if (ms >= 0) {
                long[] s = sums.computeIfAbsent(name.group(1), k -> new long[2]);
                s[0] += ms;
                s[1]++;
            }
        } catch (IOException | NumberFormatException e) {
            // one unreadable file only makes the first estimate less informed
            System.getLogger(Durations.class.getName()).log(System.Logger.Level.DEBUG, "skipped " + file, e);
        }
    }
}
