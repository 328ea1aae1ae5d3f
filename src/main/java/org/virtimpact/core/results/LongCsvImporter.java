package org.virtimpact.core.results;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.virtimpact.core.text.Message;

/**
 * {@code virtimpact import DIR --csv FILE}: reads long-format rows (required columns
 * {@code environment, device, benchmark, metric, value, unit}; optional {@code run_id, repetition,
 * timestamp, status, n, sd}; every other column is a matrix axis, and a column named
 * {@code axis:NAME} is always the axis NAME, for an axis called n or sd). A row with n or sd is a
 * published summary and goes to {@code published.csv}; any other row is one run and goes to
 * {@code results.csv}. Every row is checked first: one bad row and nothing is written, and every
 * problem is reported with its line.
 */
public final class LongCsvImporter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final ResultsFolder folder;
    private final Clock clock;

    public LongCsvImporter(ResultsFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** What an import added: counts for the person, the rows for tests. */
    public record Imported(List<Sample> runs, List<PublishedSummary> summaries) {
        public Imported {
            runs = List.copyOf(runs);
            summaries = List.copyOf(summaries);
        }
    }

    public Imported importInto(Path dir, Path csvFile) throws ImportException, ResultsException {
        ResultSet existing = folder.load(dir);
        Imported batch = read(csvFile, existing);
        List<Sample> samples = new ArrayList<>(existing.samples());
        samples.addAll(batch.runs());
        List<PublishedSummary> summaries = new ArrayList<>(existing.published());
        summaries.addAll(batch.summaries());
        folder.replace(dir, samples, axesOf(samples.stream().map(Sample::axes).toList()), summaries,
                axesOf(summaries.stream().map(PublishedSummary::axes).toList()));
        return batch;
    }

    /** Reads and checks the file against what the folder already holds; writes nothing. */
    public Imported read(Path csvFile, ResultSet existing) throws ImportException {
        String text = text(csvFile);
        List<Message> problems = new ArrayList<>();
        List<LongCsvRow> rows = rows(csvFile, text, problems);
        Imported batch = new ImportChecks(existing, csvFile.getFileName().toString()).check(rows, problems);
        if (!problems.isEmpty()) {
            throw ImportException.of(problems);
        }
        return batch;
    }

    private List<LongCsvRow> rows(Path file, String text, List<Message> problems) throws ImportException {
        int[] lineStarts = lineStarts(text);
        Instant now = clock.instant();
        List<LongCsvRow> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setAllowMissingColumnNames(true).get()
                .parse(new StringReader(text))) {
            Map<String, String> columns = columns(parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                throw ImportException.of(problems);
            }
            List<String> axisColumns = columns.values().stream().filter(role -> role.startsWith("axis\u0000")).toList();
            Map<String, String> axisNames = new LinkedHashMap<>();
            axisColumns.forEach(role -> axisNames.put(role, role.substring(5)));
            Map<String, String> byRole = new LinkedHashMap<>();
            columns.forEach((column, role) -> byRole.put(role, column));
            for (CSVRecord r : parser) {
                int line = lineOf(lineStarts, r.getCharacterPosition());
                if (!r.isConsistent()) {
                    problems.add(Message.of("import.line", "line {0}: {1}", Integer.toString(line), Message.of(
                            "import.fieldCount", "has {0} fields; the header has {1}", Integer.toString(r.size()),
                            Integer.toString(columns.size()))));
                    continue;
                }
                try {
                    rows.add(LongCsvRow.parse(line, role -> byRole.containsKey(role) ? r.get(byRole.get(role)) : "",
                            axisColumns, axisNames, now));
                } catch (LongCsvRow.Problem e) {
                    problems.add(e.explanation());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            problems.add(Message.of("import.notCsv", "{0} is not valid CSV: {1}", file.getFileName().toString(),
                    e.getMessage()));
            throw ImportException.of(problems);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(Message.of("import.noRows", "{0} has a header but no rows; nothing to import",
                    file.getFileName().toString()));
        }
        return rows;
    }

    /** Column name → its role: a reserved name, or "axis\0NAME". */
    private static Map<String, String> columns(List<String> header, List<Message> problems) {
        Map<String, String> roles = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> reserved = new ArrayList<>(LongCsvRow.REQUIRED);
        reserved.addAll(LongCsvRow.OPTIONAL);
        for (String raw : header) {
            String name = raw.replace("\uFEFF", "").strip();
            String lower = name.toLowerCase(Locale.ROOT);
            String role = reserved.contains(lower) ? lower
                    : "axis\u0000" + (lower.startsWith("axis:") ? name.substring(5).strip() : name);
            if (name.isEmpty() || role.equals("axis\u0000")) {
                problems.add(Message.of("import.unnamedColumn", "line 1: a column has no name; name every column"));
            } else if (!seen.add(role)) {
                problems.add(Message.of("import.repeatedColumn", "line 1: column ''{0}'' appears twice", name));
            }
            roles.put(raw, role);
        }
        for (String required : LongCsvRow.REQUIRED) {
            if (!seen.contains(required)) {
                problems.add(Message.of("import.missingColumn", "line 1: the required column ''{0}'' is missing; the"
                        + " header needs {1}", required, String.join(", ", LongCsvRow.REQUIRED)));
            }
        }
        return roles;
    }

    private static String text(Path file) throws ImportException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw ImportException.of(List.of(Message.of("import.noFile", "{0}: no such file; check the path",
                    file.toString())));
        } catch (IOException e) {
            throw ImportException.of(List.of(Message.of("import.unreadable", "{0}: could not be read ({1}); it must"
                    + " be a UTF-8 text file", file.toString(), e.getMessage())));
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line of a character offset, so a quoted field spanning lines still names the right line. */
    private static int lineOf(int[] starts, long position) {
        int i = Arrays.binarySearch(starts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    static List<String> axesOf(List<Map<String, String>> axisMaps) {
        Set<String> axes = new LinkedHashSet<>();
        axisMaps.forEach(m -> axes.addAll(m.keySet()));
        return List.copyOf(axes);
    }
}
