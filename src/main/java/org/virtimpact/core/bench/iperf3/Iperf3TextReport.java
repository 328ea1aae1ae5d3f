package org.virtimpact.core.bench.iperf3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;

/**
 * Reads the plain report iperf3 prints without {@code -J}: the summary lines that end in
 * "sender" and "receiver" after the dashed rule. Old logs are mostly of this kind. It gives the
 * same metrics as the JSON report, from figures rounded to three digits, except UDP loss, which
 * comes from the datagram counts and is exact.
 */
final class Iperf3TextReport {

    /** {@code [  5]   0.00-1.00   sec   314 MBytes  2.64 Gbits/sec    0             sender} */
    private static final Pattern SUMMARY = Pattern.compile("(?m)^\\[\\s*(\\d+|SUM)]\\s+[\\d.]+-[\\d.]+\\s+sec\\s+"
            + "([\\d.]+)\\s+([KMGT]?)Bytes\\s+([\\d.]+)\\s+([KMGT]?)bits/sec\\s*(.*?)\\s+(sender|receiver)\\s*$");
    /** The columns a UDP line adds: {@code 0.009 ms  0/122 (0%)}. */
    private static final Pattern UDP = Pattern.compile("([\\d.]+)\\s+ms\\s+(\\d+)/(\\d+)\\s+\\(.*\\)");
    private static final Pattern RETRANSMITS = Pattern.compile("\\d+");
    /** {@code [  5] local 127.0.0.1 port 34646 connected to 127.0.0.1 port 15411}: one per stream. */
    private static final Pattern CONNECTED = Pattern.compile("(?m)^\\[\\s*\\d+]\\s+local\\s.*\\sconnected to\\s");
    private static final String SUM = "SUM";

    private Iperf3TextReport() {
    }

    /** Whether the output holds a plain report's summary, as opposed to JSON or something else. */
    static boolean isOne(String out) {
        return SUMMARY.matcher(out).find();
    }

    static List<Measurement> parse(String out) throws OutputParseException {
        Map<String, Line> senders = new LinkedHashMap<>();
        Map<String, Line> receivers = new LinkedHashMap<>();
        Matcher m = SUMMARY.matcher(out);
        while (m.find()) {
            Line line = new Line(m.group(0).strip(), bytes(m.group(2), m.group(3)),
                    rate(m.group(4), m.group(5)) / 1e6, m.group(6).strip());
            (m.group(7).equals("sender") ? senders : receivers).put(m.group(1), line);
        }
        String stream = stream(senders, receivers, CONNECTED.matcher(out).results().count());
        Line sender = senders.get(stream);
        Line receiver = receivers.get(stream);
        if (receiver == null || sender == null) {
            throw new OutputParseException("iperf3's plain report has no " + (sender == null ? "sender" : "receiver")
                    + " line for " + (stream.equals(SUM) ? "[SUM]" : "stream " + stream) + "; the test did not finish");
        }
        if (receiver.bytes() == 0 && sender.bytes() > 0) {
            throw new OutputParseException("iperf3's plain report says nothing arrived (" + receiver.text()
                    + ") while data was sent: the client was interrupted or the server stopped before it reported");
        }
        Matcher udp = UDP.matcher(receiver.rest());
        if (udp.matches()) {
            double lost = Double.parseDouble(udp.group(2));
            double total = Double.parseDouble(udp.group(3));
            return List.of(
                    new Measurement("throughput", receiver.mbits(), "Mbit/s"),
                    new Measurement("send_throughput", sender.mbits(), "Mbit/s"),
                    new Measurement("lost_percent", total == 0 ? 0 : 100 * lost / total, "%"),
                    new Measurement("jitter_ms", Double.parseDouble(udp.group(1)), "ms"));
        }
        List<Measurement> samples = new ArrayList<>(List.of(
                new Measurement("throughput", receiver.mbits(), "Mbit/s"),
                new Measurement("send_throughput", sender.mbits(), "Mbit/s")));
        // only Linux senders count retransmits; elsewhere the column is blank rather than zero
        retransmits(sender).ifPresent(r -> samples.add(new Measurement("retransmits", r, "segments")));
        return samples;
    }

    /**
     * With parallel streams the [SUM] lines are the test's; with one stream, that stream's lines.
     *
     * @param connected how many streams the report says it opened; a log cut off after the first
     *                  stream's summary must not pass for a one-stream test
     */
    private static String stream(Map<String, Line> senders, Map<String, Line> receivers, long connected)
            throws OutputParseException {
        if (senders.containsKey(SUM) || receivers.containsKey(SUM)) {
            return SUM;
        }
        List<String> streams = new ArrayList<>(senders.keySet());
        receivers.keySet().stream().filter(s -> !streams.contains(s)).forEach(streams::add);
        if (streams.size() != 1 || connected > 1) {
            throw new OutputParseException("iperf3's plain report ran " + Math.max(connected, streams.size())
                    + " streams but has no [SUM] lines adding them up; the log is cut off");
        }
        return streams.get(0);
    }

    private static Optional<Double> retransmits(Line sender) throws OutputParseException {
        if (sender.rest().isEmpty()) {
            return Optional.empty();
        }
        if (!RETRANSMITS.matcher(sender.rest()).matches()) {
            throw new OutputParseException("iperf3's sender line has '" + sender.rest() + "' where the retransmit"
                    + " count goes: " + sender.text());
        }
        return Optional.of(Double.parseDouble(sender.rest()));
    }

    /** iperf3 counts bytes in powers of 1024, as its own "KBytes" and "MBytes" columns do. */
    private static double bytes(String number, String prefix) {
        return Double.parseDouble(number) * Math.pow(1024, power(prefix));
    }

    /** ... and rates in powers of 1000: "2.64 Gbits/sec" is 2.64 × 10^9 bits each second. */
    private static double rate(String number, String prefix) {
        return Double.parseDouble(number) * Math.pow(1000, power(prefix));
    }

    private static int power(String prefix) {
        return prefix.isEmpty() ? 0 : "KMGT".indexOf(prefix) + 1;
    }

    private record Line(String text, double bytes, double mbits, String rest) {
    }
}
