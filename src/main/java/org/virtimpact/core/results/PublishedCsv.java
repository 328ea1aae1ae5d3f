package org.virtimpact.core.results;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.virtimpact.core.text.Message;

/**
 * {@code published.csv}: summaries someone else published, one row per cell, beside
 * {@code results.csv} rather than in it, so that file stays "one row per run" for R and pandas
 * and a mean is never mistaken for a run. An empty {@code n} or {@code sd} means the source did
 * not give it.
 */
public final class PublishedCsv {

    public static final String FILE = "published.csv";
    public static final List<String> FIXED = List.of("environment", "device", "benchmark", "metric", "mean", "unit",
            "n", "sd", "source");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    public List<PublishedSummary> read(Path file) throws ResultsException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new ResultsException(Message.of("results.unreadable", "Could not read {0}: {1}", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
        try (CSVParser parser = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            if (header.size() < FIXED.size() || !header.subList(0, FIXED.size()).equals(FIXED)) {
                throw new ResultsException(Message.of("results.published.header",
                        "{0} does not start with the columns {1}", file.getFileName().toString(),
                        String.join(",", FIXED)));
            }
            List<String> axes = header.subList(FIXED.size(), header.size());
            List<PublishedSummary> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                out.add(row(file, r, axes));
            }
            return out;
        } catch (IOException | UncheckedIOException e) {
            throw new ResultsException(Message.of("results.published.invalid",
                    "{0} is not a valid published-summary file: {1}", file.getFileName().toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static PublishedSummary row(Path file, CSVRecord r, List<String> axes) throws ResultsException {

        try {
            Map<String, String> axisValues = new LinkedHashMap<>();
            axes.forEach(a -> axisValues.put(a, r.get(a)));
            OptionalInt n = r.get("n").isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(r.get("n")));
            OptionalDouble sd = r.get("sd").isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(Double.parseDouble(r.get("sd")));
            return new PublishedSummary(r.get("environment"), r.get("device"), r.get("benchmark"), r.get("metric"),
                    r.get("unit"), Double.parseDouble(r.get("mean")), n, sd, axisValues, r.get("source"));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ResultsException(CsvResults.badLine(file.getFileName().toString(),
                    Long.toString(r.getRecordNumber() + 1), e));
        }
    }

    /** The whole file's text for these rows, axes in the given order. */
    public String format(List<PublishedSummary> rows, List<String> axes) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            List<String> header = new ArrayList<>(FIXED);
            header.addAll(axes);
            printer.printRecord(header);
            for (PublishedSummary p : rows) {
                List<String> row = new ArrayList<>(List.of(p.environment(), p.device(), p.benchmark(), p.metric(),
                        CsvResults.number(p.mean()), p.unit(),
                        p.n().isPresent() ? Integer.toString(p.n().getAsInt()) : "",
                        p.sd().isPresent() ? CsvResults.number(p.sd().getAsDouble()) : "", p.source()));
                axes.forEach(a -> row.add(p.axes().getOrDefault(a, "")));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
