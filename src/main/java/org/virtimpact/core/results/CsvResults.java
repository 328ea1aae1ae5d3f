package org.virtimpact.core.results;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.virtimpact.core.io.AtomicFiles;
import org.virtimpact.core.text.Message;

/**
 * The long-format {@code results.csv}: fixed columns, then one column per matrix axis. Rows are
 * appended and synced to disk as each repetition ends, so a crash loses at most the repetition
 * that was running; a torn last line is dropped on load with a warning.
 */
public final class CsvResults {

    public static final List<String> FIXED = List.of("run_id", "timestamp", "environment", "device",
            "benchmark", "metric", "value", "unit", "repetition", "status");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    public ResultSet read(Path file) throws ResultsException {
        String text;
        try {
            // decoded leniently: a crash can cut the last line inside a multi-byte character
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return ResultSet.empty();
        } catch (IOException e) {
            throw new ResultsException(Message.of("results.unreadable", "Could not read {0}: {1}", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
        List<Message> warnings = new ArrayList<>();
        String torn = "";
        if (!text.isEmpty() && !text.endsWith("\n")) {
            torn = text.substring(text.lastIndexOf('\n') + 1);
            text = text.substring(0, text.length() - torn.length());
        }
        if (text.isEmpty()) {
            warnTorn(file, torn, 1, "", warnings);
            return new ResultSet(List.of(), warnings);
        }
        List<Sample> samples = text.indexOf('"') < 0 ? readPlain(file, text) : readQuoted(file, text);
        if (!torn.isEmpty()) {
            String runId = tornRunId(torn, samples);
            warnTorn(file, torn, text.chars().filter(c -> c == '\n').count() + 1, runId, warnings);
            // rows of one repetition are appended together: keeping the rest would mark it done
            samples.removeIf(sample -> sample.runId().equals(runId));
        }
        return new ResultSet(samples, warnings);
    }

    /** Without a quote anywhere a row is its line split at commas: the fast path for big files. */
    private static List<Sample> readPlain(Path file, String text) throws ResultsException {
        int headerEnd = text.indexOf('\n');
        String headerLine = text.substring(0, headerEnd);
        List<String> header = List.of(headerLine.strip().split(",", -1));
        checkHeader(file, header);
        return FastCsvRows.parse(file, text, headerEnd + 1, header);
    }

    private static List<Sample> readQuoted(Path file, String text) throws ResultsException {
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(file, header);
            List<String> axes = header.subList(FIXED.size(), header.size());
            List<Sample> samples = new ArrayList<>();
            for (CSVRecord r : parser) {
                samples.add(toSample(file, r, axes));
            }
            return samples;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new ResultsException(Message.of("results.invalid", "{0} is not a valid results file: {1}. Fix or"
                    + " remove the offending line.", file.getFileName().toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The run a torn row belonged to: its first field when that was written whole, otherwise the
     * last run whose id the fragment begins, since a row can only be torn in the last append.
     */
    private static String tornRunId(String torn, List<Sample> before) {
        int comma = torn.indexOf(',');
        if (comma >= 0) {
            return torn.substring(0, comma);
        }
        String last = before.isEmpty() ? "" : before.get(before.size() - 1).runId();
        return last.startsWith(torn) ? last : "";
    }

    private static void warnTorn(Path file, String torn, long line, String runId, List<Message> warnings) {
        if (torn.isEmpty()) {
            return;
        }
        String name = file.getFileName().toString();
        String number = Long.toString(line);
        warnings.add(runId.isEmpty()
                ? Message.of("results.tornLine", "{0} line {1} was cut off (the run was interrupted while writing it)"
                        + " and was dropped; that repetition will run again on resume", name, number)
                : Message.of("results.tornLine.run", "{0} line {1} was cut off (the run was interrupted while writing"
                        + " it) and was dropped, with the rest of run {2}; that repetition will run again on resume",
                        name, number, runId));
    }

    private static void checkHeader(Path file, List<String> header) throws ResultsException {
        if (header.size() < FIXED.size() || !header.subList(0, FIXED.size()).equals(FIXED)) {
            throw new ResultsException(Message.of("results.notResults", "{0} does not start with the columns {1};"
                    + " it is not a VirtImpact results file", file.getFileName().toString(), String.join(",", FIXED)));
        }
    }

    private static Sample toSample(Path file, CSVRecord r, List<String> axes) throws ResultsException {
        String name = file.getFileName().toString();
        String line = Long.toString(r.getRecordNumber() + 1);
        if (!r.isConsistent()) {
            throw new ResultsException(fieldCount(name, line, r.size(), r.getParser().getHeaderNames().size()));
        }
        try {
            Map<String, String> axisValues = new LinkedHashMap<>();
            axes.forEach(a -> axisValues.put(a, r.get(a)));
            return new Sample(r.get("run_id"), Instant.parse(r.get("timestamp")), r.get("environment"),
                    r.get("device"), r.get("benchmark"), r.get("metric"), Double.parseDouble(r.get("value")),
                    r.get("unit"), Integer.parseInt(r.get("repetition")), r.get("status"), axisValues);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ResultsException(badLine(name, line, e));
        }
    }

    static Message fieldCount(String file, String line, int fields, int columns) {
        return Message.of("results.fieldCount", "{0} line {1} has {2} fields; the header has {3}", file, line,
                Integer.toString(fields), Integer.toString(columns));
    }

    /** A line whose value Java could not read; Java's own words say which value, in English. */
    static Message badLine(String file, String line, Exception e) {
        return Message.of("results.badLine", "{0} line {1}: {2}", file, line, String.valueOf(e.getMessage()));
    }

    /**
     * Appends samples and syncs the file. When a sample brings an axis the file's header lacks,
     * the file is rewritten with the wider header first (atomically).
     */
    public void append(Path file, List<Sample> samples) throws ResultsException {
        try {
            List<String> header = currentHeader(file);
            Set<String> axes = new LinkedHashSet<>(header.subList(Math.min(FIXED.size(), header.size()), header.size()));
            boolean widened = samples.stream().anyMatch(s -> !axes.containsAll(s.axes().keySet()));
            // a torn last line is rewritten away, or the new rows would be glued to its fragment
            if (header.isEmpty() || widened || endsTorn(file)) {
                samples.forEach(s -> axes.addAll(s.axes().keySet()));
                rewrite(file, List.copyOf(axes));
            }
            byte[] rows = format(samples, List.copyOf(axes), false).getBytes(StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap(rows));
                ch.force(false);
            }
        } catch (IOException e) {
            throw new ResultsException(Message.of("results.appendFailed", "Could not write {0}: {1}. Check free"
                    + " space and permissions; samples already written are safe.", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private List<String> currentHeader(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return List.of();
        }
        String first;
        // a Reader built from a Charset replaces malformed bytes (a torn last character) instead of throwing
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            first = Objects.requireNonNullElse(in.readLine(), "");
        }
        // parsed, not split on commas: an axis name holding a comma is written quoted
        try (CSVParser header = FORMAT.parse(new java.io.StringReader(first))) {
            return header.getRecords().stream().findFirst().map(CSVRecord::toList).orElse(List.of());
        }
    }

    private static boolean endsTorn(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            return ch.size() > 0 && ch.read(last, ch.size() - 1) == 1 && last.get(0) != '\n';
        }
    }

    private void rewrite(Path file, List<String> axes) throws IOException {
        List<Sample> existing;
        try {
            existing = read(file).samples();
        } catch (ResultsException e) {
            throw new IOException(e.getMessage(), e);
        }
        AtomicFiles.replace(file, format(existing, axes, true).getBytes(StandardCharsets.UTF_8));
    }

    /** The CSV text of samples under a given axis list; used for files and for stdout. */
    public String format(List<Sample> samples, List<String> axes, boolean withHeader) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            if (withHeader) {
                List<String> header = new ArrayList<>(FIXED);
                header.addAll(axes);
                printer.printRecord(header);
            }
            for (Sample s : samples) {
                List<String> row = new ArrayList<>(List.of(s.runId(), s.timestamp().toString(), s.environment(),
                        s.device(), s.benchmark(), s.metric(), number(s.value()), s.unit(),
                        Integer.toString(s.repetition()), s.status()));
                axes.forEach(a -> row.add(s.axes().getOrDefault(a, "")));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Shortest exact decimal, never locale-dependent, never in exponent form. */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
