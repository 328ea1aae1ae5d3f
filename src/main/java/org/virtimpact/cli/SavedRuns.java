package org.virtimpact.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.run.PlannedRun;

/**
 * Saved tool output becoming runs of a campaign: every file parsed first, then each copied to
 * {@code raw/} byte for byte under its run id, then all samples appended in one go.
 */
final class SavedRuns {

    /** What an import added. */
    record Imported(int samples, List<String> warnings) {
        Imported {
            warnings = List.copyOf(warnings);
        }
    }

    /** Files that can't be imported; nothing was written. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        Unreadable(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    private record Parsed(Path file, byte[] bytes, List<Measurement> measurements) {
    }

    private static final String IMPORT_MARK = ".imp";
    private static final Pattern PLANNED_SUFFIX = Pattern.compile("\\.r\\d+$");

    private final Path dir;
    private final Benchmark benchmark;
    private final Environment env;
    private final TestCase cell;
    private final Clock clock;

    SavedRuns(Path dir, Benchmark benchmark, Environment env, TestCase cell, Clock clock) {
        this.dir = dir;
        this.benchmark = benchmark;
        this.env = env;
        this.cell = cell;
        this.clock = clock;
    }

    Imported importAll(List<Path> files) throws Unreadable, ResultsException {
        List<Parsed> parsed = parseAll(files);
        Journal journal = new Journal(dir);
        ResultSet existing = new CsvResults().read(journal.resultsFile());
        int number = nextNumber(existing);
        Instant now = clock.instant();
        List<Sample> samples = new ArrayList<>();
        for (Parsed p : parsed) {
            while (Files.exists(raw(runId(number), ".cmd"))) {
                number++;
            }
            String runId = runId(number);
            copyRaw(runId, p);
            for (Measurement m : p.measurements()) {
                samples.add(new Sample(runId, now, env.name(), benchmark.device().title(), benchmark.id(), m.metric(),
                        m.value(), m.unit(), number, Sample.IMPORTED, cell.params()));
            }
            number++;
        }
        journal.record(samples);
        return new Imported(samples.size(), existing.warnings());
    }

    private List<Parsed> parseAll(List<Path> files) throws Unreadable {
        List<String> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path file : files) {
            if (!seen.add(file.toAbsolutePath().normalize())) {
                problems.add(file + ": given twice; each file is one run");
                continue;
            }
            try {
                byte[] bytes = read(file);
                // decoded leniently, as `parse` does: a binary file then fails as "not this tool's output"
                String text = new String(bytes, StandardCharsets.UTF_8);
                parsed.add(new Parsed(file, bytes, benchmark.parse(SavedOutput.of(benchmark, text), cell)));
            } catch (OutputParseException e) {
                problems.add(file + ": " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
            } catch (Unreadable e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new Unreadable(problems);
        }
        return parsed;
    }

    private static byte[] read(Path file) throws Unreadable {
        if (Files.isDirectory(file)) {
            throw new Unreadable(List.of(file + ": is a folder; give the saved output file itself"));
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unreadable(List.of(file + ": no such file; check the path"));
        } catch (AccessDeniedException e) {
            throw new Unreadable(List.of(file + ": permission denied; check the file's permissions"));
        } catch (IOException e) {
            throw new Unreadable(List.of(file + ": could not be read (" + e.getMessage() + ")"));
        }
    }

    /**
     * Imported runs share the label of the cell's measured runs, so their files sort together in
     * {@code raw/}, and end in {@code .impNN} instead of {@code .rNN}: resume never takes them for
     * measured repetitions, and a second import continues the numbering.
     */
    private String runId(int number) {
        String planned = new PlannedRun(env, cell, 1).runId();
        Matcher m = PLANNED_SUFFIX.matcher(planned);
        String base = m.find() ? planned.substring(0, m.start()) : planned;
        return base + IMPORT_MARK + String.format(Locale.ROOT, "%02d", number);
    }

    private int nextNumber(ResultSet existing) {
        String prefix = runId(0).substring(0, runId(0).length() - 2);
        return existing.samples().stream().map(Sample::runId).filter(id -> id.startsWith(prefix))
                .map(id -> id.substring(prefix.length())).filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0) + 1;
    }

    private void copyRaw(String runId, Parsed p) throws ResultsException {
        String stream = benchmark.reportsOnStderr() ? ".stderr" : ".stdout";
        write(raw(runId, stream), p.bytes());
        write(raw(runId, ".cmd"), ("# imported with virtimpact import from " + p.file().toAbsolutePath().normalize()
                + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private Path raw(String runId, String extension) {
        return dir.resolve(Journal.RAW).resolve(runId + extension);
    }

    private static void write(Path file, byte[] content) throws ResultsException {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new ResultsException("Could not write " + file + ": " + e.getMessage()
                    + ". Check free space and permissions on the campaign folder.", e);
        }
    }
}
