package org.virtimpact.core.bench.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.remote.CommandResult;

/**
 * Reads the output of John McCalpin's {@code stream.c} (5.x): the table
 * {@code Function    Best Rate MB/s  Avg time     Min time     Max time} and its validation.
 * STREAM prints only the best rate; the average rate is worked out from the bytes each kernel
 * moves (its "Array size" and bytes per element) and the average time it printed.
 */
final class StreamOutputParser {

    static final String REFUSAL_PREFIX = "virtimpact-stream: ";
    static final List<String> KERNELS = List.of("Copy", "Scale", "Add", "Triad");
    private static final int[] ARRAYS_TOUCHED = {2, 2, 3, 3};

    private static final Pattern ROW = Pattern.compile(
            "^(Copy|Scale|Add|Triad):\\s+(\\d+(?:\\.\\d+)?)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)$");
    private static final Pattern ARRAY_SIZE = Pattern.compile("^Array size = (\\d+)\\b.*$");
    private static final Pattern ELEMENT_BYTES = Pattern.compile("^This system uses (\\d+) bytes per .*$");
    private static final String VALIDATES = "Solution Validates";
    private static final String FAILED = "Failed Validation";

    private record Row(double bestRate, double avgTime, double minTime) {
    }

    List<Measurement> parse(CommandResult result) throws OutputParseException {
        Optional<String> refusal = (result.stderr() + "\n" + result.stdout()).lines().map(String::strip)
                .filter(l -> l.startsWith(REFUSAL_PREFIX)).findFirst();
        if (refusal.isPresent()) {
            throw new OutputParseException(refusal.get().substring(REFUSAL_PREFIX.length()));
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        OptionalLong elements = OptionalLong.empty();
        long elementBytes = 0;
        boolean validates = false;
        String[] lines = result.stdout().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher m;
            if ((m = ROW.matcher(line)).matches()) {
                rows.put(m.group(1), new Row(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4))));
            } else if ((m = ARRAY_SIZE.matcher(line)).matches()) {
                elements = OptionalLong.of(Long.parseLong(m.group(1)));
            } else if ((m = ELEMENT_BYTES.matcher(line)).matches()) {
                elementBytes = Long.parseLong(m.group(1));
            } else if (line.startsWith(FAILED)) {
                throw new OutputParseException("STREAM's results failed its own validation (line " + (i + 1)
                        + ": '" + line + "'); the kernels wrote wrong values, so no rate is recorded");
            } else if (line.startsWith(VALIDATES)) {
                validates = true;
            } else if (KERNELS.stream().anyMatch(k -> line.startsWith(k + ":"))) {
                throw new OutputParseException("unreadable STREAM result line " + (i + 1) + ": '" + line + "'");
            }
        }
        if (!result.succeeded()) {
            throw new OutputParseException("stream exited with status " + result.exitCode()
                    + result.stderr().strip().lines().reduce((a, b) -> b).map(l -> ": " + l).orElse(""));
        }
        if (rows.size() != KERNELS.size()) {
            throw new OutputParseException("expected STREAM's 4 result lines (Copy:, Scale:, Add:, Triad:), found "
                    + rows.size() + "; is this STREAM output?");
        }
        if (!validates) {
            throw new OutputParseException("STREAM output has no 'Solution Validates' line; the run did not finish"
                    + " its own check, so its rates are not recorded");
        }
        return measurements(rows, elements, elementBytes);
    }

    private static List<Measurement> measurements(Map<String, Row> rows, OptionalLong elements, long elementBytes)
            throws OutputParseException {
        List<Measurement> best = new ArrayList<>();
        List<Measurement> avg = new ArrayList<>();
        for (int k = 0; k < KERNELS.size(); k++) {
            String kernel = KERNELS.get(k);
            Row row = rows.get(kernel);
            String metric = kernel.toLowerCase(Locale.ROOT);
            if (row.avgTime() <= 0 || row.minTime() <= 0) {
                throw new OutputParseException("STREAM's " + kernel + " times are below its printed resolution"
                        + " (0.000000 s); rebuild it with a larger STREAM_ARRAY_SIZE");
            }
            best.add(new Measurement(metric, row.bestRate(), "MB/s"));
            double avgRate = elements.isPresent() && elementBytes > 0
                    ? 1e-6 * ARRAYS_TOUCHED[k] * elementBytes * elements.getAsLong() / row.avgTime()
                    : row.bestRate() * row.minTime() / row.avgTime();
            avg.add(new Measurement(metric + "_avg", avgRate, "MB/s"));
        }
        best.addAll(avg);
        return best;
    }
}
