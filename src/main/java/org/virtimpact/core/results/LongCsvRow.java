package org.virtimpact.core.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.text.Message;

/**
 * One checked row of a long-format CSV being imported. Each field's problem is a sentence naming
 * the line, the column and the value, so a person can fix the file without guessing.
 */
record LongCsvRow(int line, String runId, Instant timestamp, String environment, String device, String benchmark,
                  String metric, double value, String unit, OptionalInt repetition, String status,
                  boolean summary, OptionalInt n, OptionalDouble sd, Map<String, String> axes) {

    static final List<String> REQUIRED = List.of("environment", "device", "benchmark", "metric", "value", "unit");
    static final List<String> OPTIONAL = List.of("run_id", "repetition", "timestamp", "status", "n", "sd");
    /** A plain decimal as R and spreadsheets write it with Locale.ROOT: no comma, no hex, no "NaN". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Thrown for the first problem of a row; the importer collects one per row. */
    static final class Problem extends Exception {

        private final transient Message explanation;

        /** @param line where the problem is, as every import message starts */
        Problem(String line, Message what) {
            this(Message.of("import.line", "line {0}: {1}", line, what));
        }

        private Problem(Message explanation) {
            super(explanation.english());
            this.explanation = explanation;
        }

        Message explanation() {
            return explanation;
        }
    }

    static LongCsvRow parse(int line, Function<String, String> field, List<String> axisColumns,
                            Map<String, String> axisNames, Instant now) throws Problem {
        String where = Integer.toString(line);
        for (String column : REQUIRED) {
            if (field.apply(column).isBlank() && !column.equals("unit")) {
                throw new Problem(where, Message.of("import.empty", "''{0}'' is empty; every row needs one", column));
            }
        }
        double value = decimal(where, "value", field.apply("value"));
        String nText = field.apply("n").strip();
        String sdText = field.apply("sd").strip();
        boolean summary = !nText.isEmpty() || !sdText.isEmpty();
        OptionalInt n = nText.isEmpty() || nText.equalsIgnoreCase("unknown") || nText.equals("?") ? OptionalInt.empty()
                : OptionalInt.of(positive(where, "n", nText));
        OptionalDouble sd = sdText.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(decimal(where, "sd", sdText));
        if (sd.isPresent() && sd.getAsDouble() < 0) {
            throw new Problem(where, Message.of("import.negativeSd",
                    "sd ''{0}'' is negative; a standard deviation is zero or more", sdText));
        }
        if (sd.isPresent() && n.isEmpty()) {
            throw new Problem(where, Message.of("import.sdWithoutN",
                    "sd is given without n; give the number of runs the sd was computed from"));
        }
        String status = field.apply("status").strip();
        if (summary && !status.isEmpty() && !status.equals(Sample.OK)) {
            throw new Problem(where, Message.of("import.summaryStatus",
                    "a published summary (a row with n or sd) must have status ok or none, not ''{0}''", status));
        }
        String rep = field.apply("repetition").strip();
        OptionalInt repetition = rep.isEmpty() ? OptionalInt.empty() : OptionalInt.of(positive(where, "repetition", rep));
        Map<String, String> axes = new LinkedHashMap<>();
        // an empty axis value means the row has no such axis, as in results.csv
        axisColumns.stream().filter(c -> !field.apply(c).isBlank())
                .forEach(c -> axes.put(axisNames.get(c), field.apply(c).strip()));
        return new LongCsvRow(line, field.apply("run_id").strip(), timestamp(where, field.apply("timestamp"), now),
                field.apply("environment").strip(), device(field.apply("device").strip()),
                field.apply("benchmark").strip(), field.apply("metric").strip(), value, field.apply("unit").strip(),
                repetition, status, summary, n, sd, axes);
    }

    /** Known devices are written as the runner writes them, so imported rows group with measured ones. */
    private static String device(String text) {
        Device d = Device.fromText(text);
        return d == Device.OTHER && !text.equalsIgnoreCase(Device.OTHER.title()) ? text : d.title();
    }

    private static double decimal(String where, String column, String text) throws Problem {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new Problem(where, t.contains(",")
                    ? Message.of("import.notNumber.comma", "{0} ''{1}'' is not a number (write decimals with ''.'', as"
                    + " in 12.5)", column, text)
                    : Message.of("import.notNumber", "{0} ''{1}'' is not a number", column, text));
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new Problem(where, Message.of("import.tooLarge", "{0} ''{1}'' is too large", column, text));
        }
        return v;
    }

    private static int positive(String where, String column, String text) throws Problem {
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < 1) {
            throw new Problem(where, Message.of("import.notPositive", "{0} ''{1}'' must be a whole number of at least 1",
                    column, text));
        }
        return Integer.parseInt(text);
    }

    private static Instant timestamp(String where, String text, Instant now) throws Problem {
        String t = text.strip();
        if (t.isEmpty()) {
            return now;
        }
        try {
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new Problem(where, Message.of("import.notDate", "timestamp ''{0}'' is not a date (2003-10-19) or an"
                    + " instant in UTC (2003-10-19T14:05:00Z)", text));
        }
    }
}
