package org.virtimpact.core.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.Sample;

/**
 * The campaign folder as a run writes it: raw output first, then the samples, synced, so every
 * row in {@code results.csv} has its evidence in {@code raw/}.
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

    public void saveHost(String envSlug, String json) throws ResultsException {
        write(dir.resolve(HOSTS).resolve(envSlug + ".json"), json);
    }

    public void record(List<Sample> samples) throws ResultsException {
        csv.append(resultsFile(), samples);
    }

    private static void write(Path file, String text) throws ResultsException {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultsException("Could not write " + file + ": " + e.getMessage()
                    + ". Check free space and permissions on the campaign folder.", e);
        }
    }
}
