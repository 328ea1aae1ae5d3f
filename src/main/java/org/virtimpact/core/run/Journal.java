package org.virtimpact.core.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.text.Message;

/**
 * The campaign folder as a run writes it: raw output first, then the samples, each synced before
 * the next repetition starts, so every row in {@code results.csv} has its evidence in {@code raw/}
 * and a crash loses at most the repetition that was running. Safe to share between the workers
 * of parallel host groups: rows of one repetition are appended in one piece.
 */
public final class Journal {

    public static final String RESULTS = "results.csv";
    public static final String RAW = "raw";
    public static final String HOSTS = "hosts";

    private final Path dir;
    private final CsvResults csv = new CsvResults();

    public Journal(Path dir) {
        this.dir = dir;
    }

    public Path resultsFile() {
        return dir.resolve(RESULTS);
    }

    public void saveRaw(String runId, CommandResult result) throws ResultsException {
        write(dir.resolve(RAW).resolve(runId + ".stdout"), result.stdout());
        write(dir.resolve(RAW).resolve(runId + ".stderr"), result.stderr());
        write(dir.resolve(RAW).resolve(runId + ".cmd"), result.command() + "\n# exit status "
                + result.exitCode() + ", " + result.elapsed().toMillis() + " ms\n");
    }

    public void saveFailure(String runId, String reason) throws ResultsException {
        write(dir.resolve(RAW).resolve(runId + ".failed"), reason + "\n");
    }

    /** A repetition that succeeded on a later attempt (or a later run) no longer failed. */
    public void clearFailure(String runId) throws ResultsException {
        Path file = dir.resolve(RAW).resolve(runId + ".failed");
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ResultsException(Message.of("journal.removeFailed", "Could not remove {0}, left from an earlier"
                    + " failed attempt: {1}. Check the permissions of the campaign folder.", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    public synchronized void saveHost(String envSlug, String json) throws ResultsException {
        write(dir.resolve(HOSTS).resolve(envSlug + ".json"), json);
    }

    public synchronized void record(List<Sample> samples) throws ResultsException {
        csv.append(resultsFile(), samples);
    }

    /** Written and synced: the raw evidence of a row must not be lost while the row survives. */
    private static void write(Path file, String text) throws ResultsException {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(false);
            }
        } catch (IOException e) {
            throw new ResultsException(Message.of("journal.writeFailed", "Could not write {0}: {1}. Check free space"
                    + " and permissions on the campaign folder.", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }
}
