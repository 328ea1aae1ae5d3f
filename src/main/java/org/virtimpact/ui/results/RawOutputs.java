package org.virtimpact.ui.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.virtimpact.ui.Texts;

/**
 * The evidence a run left in {@code raw/}: the command with its exit status, and the exact
 * stdout and stderr. Large outputs are cut, so a runaway log can't fill the window's memory.
 */
final class RawOutputs {

    static final String RAW = "raw";
    /** A screenful many times over; more than that nobody reads in a text area. */
    static final int LIMIT = 256 * 1024;

    private final Texts texts;

    RawOutputs(Texts texts) {
        this.texts = texts;
    }

    /** One run's files; a file the run didn't leave is empty. */
    record Output(String command, String stdout, String stderr, String failure) {
    }

    Output read(Path campaignDir, String runId) throws IOException {
        Path raw = campaignDir.resolve(RAW);
        return new Output(text(raw.resolve(runId + ".cmd")).orElse(""), text(raw.resolve(runId + ".stdout")).orElse(""),
                text(raw.resolve(runId + ".stderr")).orElse(""), text(raw.resolve(runId + ".failed")).orElse(""));
    }

    private Optional<String> text(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(LIMIT);
            long more = 0;
            while (in.read() >= 0) {
                more++;
            }
            String text = new String(head, StandardCharsets.UTF_8);
            return Optional.of(more == 0 ? text : text + "\n" + texts.get("runs.cut", more, file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
