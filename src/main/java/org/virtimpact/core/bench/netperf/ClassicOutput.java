package org.virtimpact.core.bench.netperf;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.OutputParseException;

/**
 * netperf's own result table, as 2.4 prints it and 2.7 still does for its classic test names:
 * TCP_STREAM gives one line (socket sizes, message size, seconds, throughput, then CPU columns
 * with -c/-C); UDP_STREAM gives a send line and a receive line. Headers come and go with -P 0 and
 * -v 0, so results are found by the shape of the first all-numeric line, not by position.
 */
final class ClassicOutput {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    private static final Pattern UNITS_ROW = Pattern.compile("^bytes\\s+bytes\\b.*");
    private static final Pattern WARNING_WIDTH = Pattern.compile(
            "^!!! Confidence intervals: Throughput\\s*:\\s*(\\d+(?:\\.\\d+)?)%");
    private static final int TCP_COLUMNS = 5;
    private static final int TCP_CPU_COLUMNS = 9;
    private static final int UDP_SEND_COLUMNS = 6;
    private static final int UDP_SEND_CPU_COLUMNS = 8;
    private static final int UDP_RECV_COLUMNS = 4;
    private static final int UDP_RECV_CPU_COLUMNS = 6;

    private ClassicOutput() {
    }

    /** Whether these lines (after the banner) are netperf's classic table rather than -o/-O output. */
    static boolean recognises(List<Line> content) {
        return content.stream().anyMatch(l -> UNITS_ROW.matcher(l.text().strip()).matches())
                || content.stream().filter(l -> !l.text().isBlank() && !l.text().startsWith("!!!")).findFirst()
                .map(l -> numbers(l.text()).length > 0).orElse(false);
    }

    static NetperfReading read(List<Line> content, Optional<NetperfTest> named) throws OutputParseException {
        String unit = content.stream().map(l -> ThroughputUnits.find(l.text())).flatMap(Optional::stream)
                .findFirst().orElse(ThroughputUnits.DEFAULT);
        OptionalDouble width = content.stream().map(l -> WARNING_WIDTH.matcher(l.text())).filter(Matcher::find)
                .mapToDouble(m -> Double.parseDouble(m.group(1))).findFirst();
        int first = firstNumeric(content, 0);
        if (first < 0) {
            throw new OutputParseException("netperf printed its table headers but no result line");
        }
        Line line = content.get(first);
        double[] row = numbers(line.text());
        Line next = firstNumeric(content, first + 1) == first + 1 ? content.get(first + 1) : null;
        NetperfReading reading;
        if (row.length == 1) {
            reading = lone(row[0], unit, named);
        } else if (isUdpSend(row) && next != null && isUdpReceive(numbers(next.text()))) {
            reading = NetperfReading.of(Optional.of(NetperfTest.UDP_STREAM),
                    OptionalDouble.of(ThroughputUnits.toMbits(numbers(next.text())[3], unit)),
                    OptionalDouble.of(ThroughputUnits.toMbits(row[5], unit)));
        } else if (row.length == TCP_COLUMNS || row.length == TCP_CPU_COLUMNS) {
            reading = NetperfReading.of(Optional.of(NetperfTest.TCP_STREAM),
                    OptionalDouble.of(ThroughputUnits.toMbits(row[4], unit)), OptionalDouble.empty());
        } else {
            throw new OutputParseException("line " + line.number() + " ('" + line.text().strip() + "') has "
                    + row.length + " numbers; a TCP_STREAM result has 5 (9 with CPU figures), a UDP_STREAM send"
                    + " line 6 (8) followed by a receive line of 4 (6)");
        }
        if (named.isPresent() && reading.test().isPresent() && named.get() != reading.test().get()) {
            throw new OutputParseException("netperf's banner names " + named.get() + " but line " + line.number()
                    + " ('" + line.text().strip() + "') is shaped like a " + reading.test().get() + " result");
        }
        return reading.withConfidenceWidth(width);
    }

    /**
     * -v 0 prints a single figure: for UDP_STREAM it is the send side (netperf's
     * {@code local_send_thruput}), so it must not pass for what arrived.
     */
    private static NetperfReading lone(double value, String unit, Optional<NetperfTest> named)
            throws OutputParseException {
        NetperfReading reading = NetperfReading.lone(ThroughputUnits.toMbits(value, unit));
        return named.map(reading::as).orElse(reading);
    }

    private static boolean isUdpSend(double[] row) {
        return row.length == UDP_SEND_COLUMNS || row.length == UDP_SEND_CPU_COLUMNS;
    }

    private static boolean isUdpReceive(double[] row) {
        return row.length == UDP_RECV_COLUMNS || row.length == UDP_RECV_CPU_COLUMNS;
    }

    private static int firstNumeric(List<Line> content, int from) {
        for (int i = from; i < content.size(); i++) {
            if (numbers(content.get(i).text()).length > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The numbers of an all-numeric line; empty for any other line. */
    static double[] numbers(String text) {
        if (text.isBlank()) {
            return new double[0];
        }
        String[] tokens = text.strip().split("\\s+");
        double[] values = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            if (!NUMBER.matcher(tokens[i]).matches()) {
                return new double[0];
            }
            values[i] = Double.parseDouble(tokens[i]);
        }
        return values;
    }
}
