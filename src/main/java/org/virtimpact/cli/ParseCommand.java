package org.virtimpact.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.results.CsvResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code virtimpact parse}: reads tool output saved earlier (old logs, someone else's run) with the
 * same parser a campaign uses, and prints its samples as CSV. Every file is read before anything
 * is printed, so a bad file never leaves half a table on stdout.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Reads saved benchmark output and prints its samples as CSV (metric,value,unit).")
final class ParseCommand implements Callable<Integer> {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final PrintWriter out;
    private final PrintWriter err;
    private final BenchmarkCatalog catalog;

    @Option(names = "--tool", required = true, paramLabel = "TOOL", description = "The tool that wrote the files.")
    private String tool;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Saved output of one run each.")
    private List<Path> files;

    ParseCommand(PrintWriter out, PrintWriter err, BenchmarkCatalog catalog) {
        this.out = out;
        this.err = err;
        this.catalog = catalog;
    }

    /** Called by picocli after reading the annotations; the stream line comes from the catalog, never stale. */
    @Spec
    void describeStreams(CommandSpec spec) {
        List<String> description = new ArrayList<>(List.of(spec.usageMessage().description()));
        description.add(streamsHelp(catalog));
        spec.usageMessage().description(description.toArray(String[]::new));
    }

    /**
     * Which stream a saved file must hold for each tool, as {@link SavedOutput} reads it: the one
     * {@link Benchmark#reportsOnStderr()} names.
     */
    static String streamsHelp(BenchmarkCatalog catalog) {
        Map<Boolean, List<String>> byStream = catalog.all().stream().collect(Collectors.partitioningBy(
                Benchmark::reportsOnStderr, Collectors.mapping(Benchmark::id, Collectors.toList())));
        List<String> parts = new ArrayList<>();
        if (!byStream.get(true).isEmpty()) {
            parts.add("stderr for " + String.join(", ", byStream.get(true)));
        }
        if (!byStream.get(false).isEmpty()) {
            parts.add("stdout for " + String.join(", ", byStream.get(false)));
        }
        return "Give what the tool reported its results on: " + String.join("; ", parts) + ".";
    }

    @Override
    public Integer call() {
        Optional<Benchmark> benchmark = catalog.find(tool);
        if (benchmark.isEmpty()) {
            err.println("Unknown tool '" + tool + "'. Use one of: "
                    + String.join(", ", catalog.all().stream().map(Benchmark::id).toList()) + ".");
            return VirtImpactCli.BAD_INPUT;
        }
        List<Measurement> samples = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                samples.addAll(parse(benchmark.get(), file));
            } catch (OutputParseException e) {
                problems.add(file + ": " + oneLine(e.getMessage()));
            } catch (FileProblem e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return VirtImpactCli.BAD_INPUT;
        }
        print(samples);
        return VirtImpactCli.OK;
    }

    private static List<Measurement> parse(Benchmark benchmark, Path file) throws OutputParseException, FileProblem {
        String text = read(file);
        return benchmark.parse(SavedOutput.of(benchmark, text),
                new TestCase(benchmark.id(), Map.of(), Map.of()));
    }

    private static String read(Path file) throws FileProblem {
        if (Files.isDirectory(file)) {
            throw new FileProblem(file + ": is a folder; give the saved output file itself");
        }
        try {
            // Decoded leniently: a binary file then fails as "not this tool's output", which is what it is.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new FileProblem(file + ": no such file; check the path");
        } catch (AccessDeniedException e) {
            throw new FileProblem(file + ": permission denied; check the file's permissions");
        } catch (IOException e) {
            throw new FileProblem(file + ": could not be read (" + e.getMessage() + ")");
        }
    }

    private void print(List<Measurement> samples) {
        StringBuilder table = new StringBuilder(CSV.format("metric", "value", "unit")).append('\n');
        for (Measurement m : samples) {
            // CsvResults.number never follows the default Locale: always a '.' decimal point.
            table.append(CSV.format(m.metric(), CsvResults.number(m.value()), m.unit())).append('\n');
        }
        out.print(table);
        out.flush();
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable output" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A file that could not be read at all, as opposed to output that could not be understood. */
    private static final class FileProblem extends Exception {
        FileProblem(String message) {
            super(message);
        }
    }
}
