package org.virtimpact.core.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.virtimpact.core.text.Message;

/**
 * A campaign folder's results as one {@link ResultSet}: the runs of {@code results.csv} and the
 * published summaries of {@code published.csv}. What the report, the results view and the
 * importer read.
 */
public final class ResultsFolder {

    /** Same name as the run journal's; kept here so results code needs nothing from the runner. */
    public static final String RESULTS = "results.csv";

    private final CsvResults csv;
    private final PublishedCsv published;

    public ResultsFolder(CsvResults csv, PublishedCsv published) {
        this.csv = csv;
        this.published = published;
    }

    public ResultsFolder() {
        this(new CsvResults(), new PublishedCsv());
    }

    public ResultSet load(Path dir) throws ResultsException {
        ResultSet runs = csv.read(dir.resolve(RESULTS));
        return new ResultSet(runs.samples(), runs.warningMessages(), published.read(dir.resolve(PublishedCsv.FILE)));
    }

    /**
     * Writes both files through temporary files that are synced first and renamed last, so an
     * error while writing leaves the folder as it was, and a crash at most between two renames.
     */
    public void replace(Path dir, List<Sample> samples, List<String> sampleAxes, List<PublishedSummary> summaries,
                        List<String> summaryAxes) throws ResultsException {
        List<Path[]> moves = new ArrayList<>();
        try {
            // a folder without published data keeps having no published.csv
            if (!summaries.isEmpty() || Files.exists(dir.resolve(PublishedCsv.FILE))) {
                moves.add(stage(dir.resolve(PublishedCsv.FILE), published.format(summaries, summaryAxes)));
            }
            if (!samples.isEmpty() || Files.exists(dir.resolve(RESULTS))) {
                moves.add(stage(dir.resolve(RESULTS), csv.format(samples, sampleAxes, true)));
            }
            for (Path[] move : moves) {
                try {
                    Files.move(move[0], move[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(move[0], move[1], StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            for (Path[] move : moves) {
                try {
                    Files.deleteIfExists(move[0]);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw new ResultsException(Message.of("results.folderWriteFailed", "Could not write the results in {0}:"
                    + " {1}. Nothing was changed; check free space and permissions.", dir.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static Path[] stage(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".import.tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        return new Path[] {tmp, target};
    }
}
