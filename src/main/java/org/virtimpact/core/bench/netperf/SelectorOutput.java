package org.virtimpact.core.bench.netperf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.OutputParseException;

/**
 * netperf 2.5+'s output selectors in their three forms: {@code -o} (a row of titles, then a row of
 * comma-separated values), {@code -O} (columns under titles wrapped over several lines) and
 * {@code -k} (one {@code SELECTOR=value} per line). Only the selectors VirtImpact reads are kept;
 * any others a researcher chose are ignored.
 */
final class SelectorOutput {

    /** The selectors read, with the title -o and -O print for each. */
    enum Field {
        THROUGHPUT("Throughput"),
        THROUGHPUT_UNITS("Throughput Units"),
        LOCAL_SEND_THROUGHPUT("Local Send Throughput"),
        REMOTE_RECV_THROUGHPUT("Remote Recv Throughput"),
        PROTOCOL("Protocol"),
        THROUGHPUT_CONFID("Throughput Confidence Width (%)"),
        CONFIDENCE_ITERATION("Confidence Iterations Run");

        final String title;

        Field(String title) {
            this.title = title;
        }

        static Optional<Field> byTitle(String title) {
            for (Field f : values()) {
                if (f.title.equals(title.strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        static Optional<Field> byKey(String key) {
            for (Field f : values()) {
                if (f.name().equals(key.strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** A selector's value and the line it came from. */
    record Value(String text, Line line) {
    }

    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Z][A-Z0-9_]*)=(.*)$");
    private static final List<Field> RATES = List.of(Field.THROUGHPUT, Field.LOCAL_SEND_THROUGHPUT,
            Field.REMOTE_RECV_THROUGHPUT);

    private SelectorOutput() {
    }

    /** {@code -k}: every {@code KEY=value} line; present when one of them is a throughput. */
    static Optional<Map<Field, Value>> keyValues(List<Line> content) {
        Map<Field, Value> fields = new EnumMap<>(Field.class);
        for (Line l : content) {
            Matcher m = KEY_VALUE.matcher(l.text().strip());
            if (m.matches()) {
                Field.byKey(m.group(1)).ifPresent(f -> fields.put(f, new Value(m.group(2), l)));
            }
        }
        return RATES.stream().anyMatch(fields::containsKey) ? Optional.of(fields) : Optional.empty();
    }

    /** {@code -o}: the first line whose comma-separated titles name a throughput, and the row after it. */
    static Optional<Map<Field, Value>> csv(List<Line> content) throws OutputParseException {
        for (int i = 0; i < content.size(); i++) {
            List<String> titles = List.of(content.get(i).text().split(",", -1));
            if (titles.stream().map(Field::byTitle).flatMap(Optional::stream).noneMatch(RATES::contains)) {
                continue;
            }
            Line row = content.stream().skip(i + 1L).filter(l -> !l.text().isBlank()).findFirst()
                    .orElseThrow(() -> new OutputParseException("netperf printed its -o titles but no values"));
            List<String> values = splitCsv(row.text());
            if (values.size() < titles.size()) {
                throw new OutputParseException("line " + row.number() + " has " + values.size()
                        + " values for the " + titles.size() + " titles of line " + content.get(i).number());
            }
            Map<Field, Value> fields = new EnumMap<>(Field.class);
            for (int c = 0; c < titles.size(); c++) {
                String value = values.get(c);
                Field.byTitle(titles.get(c)).ifPresent(f -> fields.put(f, new Value(value, row)));
            }
            return Optional.of(fields);
        }
        return Optional.empty();
    }

    /**
     * {@code -O}: titles are wrapped over several lines, each column as wide as its longest piece.
     * A column starts where some title line has text after a position that is blank in every
     * title line; the values sit under the column's start on the last line.
     */
    static Optional<Map<Field, Value>> columns(List<Line> content) {
        List<Line> nonBlank = content.stream().filter(l -> !l.text().isBlank()).toList();
        Optional<Line> titles = nonBlank.stream().filter(l -> l.text().contains("Throughput")).findFirst();
        if (titles.isEmpty() || titles.get() == nonBlank.get(nonBlank.size() - 1)) {
            return Optional.empty();
        }
        Line data = nonBlank.get(nonBlank.size() - 1);
        List<String> header = content.stream().filter(l -> l.number() >= titles.get().number()
                && l.number() < data.number()).map(Line::text).toList();
        List<Integer> starts = columnStarts(header);
        Map<Field, Value> fields = new EnumMap<>(Field.class);
        for (int c = 0; c < starts.size(); c++) {
            int from = starts.get(c);
            int to = c + 1 < starts.size() ? starts.get(c + 1) : Integer.MAX_VALUE;
            StringBuilder title = new StringBuilder();
            for (String h : header) {
                String piece = slice(h, from, to);
                if (!piece.isEmpty()) {
                    title.append(title.isEmpty() ? "" : " ").append(piece);
                }
            }
            String value = slice(data.text(), from, to);
            Field.byTitle(title.toString()).ifPresent(f -> fields.put(f, new Value(value, data)));
        }
        return RATES.stream().anyMatch(fields::containsKey) ? Optional.of(fields) : Optional.empty();
    }

    private static List<Integer> columnStarts(List<String> header) {
        int width = header.stream().mapToInt(String::length).max().orElse(0);
        List<Integer> starts = new ArrayList<>();
        for (int p = 0; p < width; p++) {
            final int at = p;
            boolean text = header.stream().anyMatch(h -> at < h.length() && h.charAt(at) != ' ');
            boolean blankBefore = at == 0
                    || header.stream().allMatch(h -> at - 1 >= h.length() || h.charAt(at - 1) == ' ');
            if (text && blankBefore) {
                starts.add(p);
            }
        }
        return starts;
    }

    private static String slice(String line, int from, int to) {
        return from >= line.length() ? "" : line.substring(from, Math.min(to, line.length())).strip();
    }

    /** netperf quotes only free text (the command line), and never escapes a quote inside it. */
    private static List<String> splitCsv(String row) {
        List<String> values = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char ch : row.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                values.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        values.add(field.toString().strip());
        return values;
    }

    /**
     * THROUGHPUT is netperf's headline figure, the receive side for both stream tests, and the only
     * one netperf 2.7 averages over -i iterations (the per-side selectors are the last iteration's).
     * So it is preferred, and the sides fill in only what it doesn't say.
     */
    static NetperfReading reading(Map<Field, Value> fields, Optional<NetperfTest> named) throws OutputParseException {
        Optional<NetperfTest> test = named;
        if (fields.containsKey(Field.PROTOCOL)) {
            Value p = fields.get(Field.PROTOCOL);
            test = NetperfTest.fromProtocol(p.text());
            if (test.isEmpty()) {
                throw new OutputParseException("line " + p.line().number() + " names protocol '" + p.text()
                        + "'; VirtImpact reads TCP_STREAM and UDP_STREAM results only");
            }
        }
        String unit = fields.containsKey(Field.THROUGHPUT_UNITS) ? fields.get(Field.THROUGHPUT_UNITS).text()
                : ThroughputUnits.DEFAULT;
        OptionalDouble received = rate(fields, Field.THROUGHPUT, unit);
        if (received.isEmpty()) {
            received = rate(fields, Field.REMOTE_RECV_THROUGHPUT, unit);
        }
        OptionalDouble sent = rate(fields, Field.LOCAL_SEND_THROUGHPUT, unit);
        if (received.isEmpty() && test.equals(Optional.of(NetperfTest.TCP_STREAM))) {
            received = sent;
        }
        return NetperfReading.of(test, received, sent).withConfidenceWidth(confidenceWidth(fields));
    }

    /** netperf writes -1 for the confidence width when it ran a single iteration. */
    private static OptionalDouble confidenceWidth(Map<Field, Value> fields) throws OutputParseException {
        OptionalDouble iterations = number(fields, Field.CONFIDENCE_ITERATION);
        OptionalDouble width = number(fields, Field.THROUGHPUT_CONFID);
        boolean several = iterations.isEmpty() || iterations.getAsDouble() > 1;
        return width.isPresent() && width.getAsDouble() >= 0 && several ? width : OptionalDouble.empty();
    }

    private static OptionalDouble rate(Map<Field, Value> fields, Field field, String unit) throws OutputParseException {
        OptionalDouble value = number(fields, field);
        return value.isEmpty() ? value : OptionalDouble.of(ThroughputUnits.toMbits(value.getAsDouble(), unit));
    }

    private static OptionalDouble number(Map<Field, Value> fields, Field field) throws OutputParseException {
        Value v = fields.get(field);
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v.text()));
        } catch (NumberFormatException e) {
            throw new OutputParseException("line " + v.line().number() + ": " + field.title + " is '" + v.text()
                    + "', not a number");
        }
    }
}
