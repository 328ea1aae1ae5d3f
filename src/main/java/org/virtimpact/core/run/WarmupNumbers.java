package org.virtimpact.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.virtimpact.core.results.ResultSet;

/**
 * The warm-up numbers a campaign has used per cell, so a resumed run's warm-ups get new ones
 * (w02 after w01) and never overwrite an earlier warm-up's raw output or repeat its rows. A
 * warm-up that failed left only files in {@code raw/}, hence both places are read.
 */
final class WarmupNumbers {

    private static final Pattern WARMUP = Pattern.compile("(.+)\\.w(\\d{2,})(?:\\.[a-z]+)?");

    private WarmupNumbers() {
    }

    static Map<String, Integer> used(Path dir, ResultSet existing) {
        Map<String, Integer> last = new HashMap<>();
        existing.samples().forEach(s -> note(s.runId(), last));
        try (Stream<Path> raw = Files.list(dir.resolve(Journal.RAW))) {
            raw.forEach(p -> note(p.getFileName().toString(), last));
        } catch (NoSuchFileException e) {
            // a campaign that never ran has no raw/ yet
            return last;
        } catch (IOException e) {
            // without the listing, numbers continue after the recorded warm-ups only: a failed
            // warm-up's raw files may then be overwritten, which loses no measurement
            System.getLogger(WarmupNumbers.class.getName()).log(System.Logger.Level.WARNING,
                    "could not list " + dir.resolve(Journal.RAW), e);
        }
        return last;
    }

    private static void note(String name, Map<String, Integer> last) {
        Matcher m = WARMUP.matcher(name);
        if (m.matches()) {
            last.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
        }
    }
}
