package org.virtimpact.core.bench.iperf3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.remote.CommandResult;

/**
 * Reads the report of {@code iperf3 -c … -J}, or of a plain {@code iperf3 -c …} saved in an old log
 * ({@link Iperf3TextReport}). The protocol comes from the report itself
 * ({@code start.test_start.protocol}), so a saved log parses without knowing its matrix cell.
 * Rates are reported in Mbit/s (10^6 bits/s), as for netperf.
 */
final class Iperf3OutputParser {

    private static final Pattern JSON_START = Pattern.compile("(?m)^[ \\t]*\\{");
    private static final Pattern TOOL_ERROR = Pattern.compile("(?m)^iperf3: (.*)$");
    private static final double BITS_PER_MBIT = 1e6;

    private final ObjectMapper json = new ObjectMapper();

    List<Measurement> parse(CommandResult result) throws OutputParseException {
        if (!JSON_START.matcher(result.stdout()).find() && Iperf3TextReport.isOne(result.stdout())) {
            checkExit(result);
            return Iperf3TextReport.parse(result.stdout());
        }
        JsonNode report = report(result);
        if (report.has("error")) {
            // iperf3 3.12 exits 0 on most failures when -J is given; the report's error is what counts
            throw new OutputParseException(Iperf3Errors.explain(report.path("error").asText()));
        }
        if (!report.has("start")) {
            throw new OutputParseException("not an iperf3 client report: its JSON has no \"start\" section; is"
                    + " this another tool's output?");
        }
        checkExit(result);
        String protocol = report.path("start").path("test_start").path("protocol").asText("");
        JsonNode end = report.path("end");
        return switch (protocol.toUpperCase(Locale.ROOT)) {
            case "TCP" -> tcp(end);
            case "UDP" -> udp(end);
            default -> throw new OutputParseException("iperf3's report names no TCP or UDP test (start.test_start"
                    + ".protocol is '" + protocol + "'); is this the client's report of a finished test?");
        };
    }

    private static void checkExit(CommandResult result) throws OutputParseException {
        if (!result.succeeded()) {
            throw new OutputParseException("iperf3 exited with status " + result.exitCode()
                    + lastLine(result.stderr()));
        }
    }

    private JsonNode report(CommandResult result) throws OutputParseException {
        String out = result.stdout();
        Matcher start = JSON_START.matcher(out);
        if (!start.find()) {
            throw noReport(result);
        }
        try {
            JsonNode node = json.readTree(out.substring(start.start()));
            if (node == null || !node.isObject()) {
                throw noReport(result);
            }
            return node;
        } catch (JsonProcessingException e) {
            int line = out.substring(0, start.start()).split("\n", -1).length - 1
                    + (e.getLocation() == null ? 1 : e.getLocation().getLineNr());
            throw new OutputParseException("iperf3's JSON report is damaged or cut off near line " + line + " ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); the run did not finish writing it");
        }
    }

    private static OutputParseException noReport(CommandResult result) {
        Matcher tool = TOOL_ERROR.matcher(result.stderr() + "\n" + result.stdout());
        if (tool.find()) {
            return new OutputParseException("iperf3 failed: " + tool.group(1).strip());
        }
        String all = (result.stdout() + "\n" + result.stderr()).strip();
        if (all.contains("iperf3: not found") || all.contains("iperf3: command not found")) {
            return new OutputParseException("iperf3 is not installed on the target (" + firstLine(all) + ")");
        }
        if (all.startsWith("Usage: iperf3")) {
            return new OutputParseException("iperf3 printed its usage text instead of a report: it refused an"
                    + " option of the command line (its reason is on stderr)");
        }
        return new OutputParseException(all.isEmpty() ? "iperf3 printed nothing; expected its report (its JSON with -J,"
                + " or the sender and receiver lines of its plain output)"
                : "no iperf3 report (its JSON with -J, or the sender and receiver lines of its plain output) in the"
                + " output; it begins with '" + firstLine(all) + "'");
    }

    private static List<Measurement> tcp(JsonNode end) throws OutputParseException {
        JsonNode sent = object(end, "sum_sent");
        JsonNode received = object(end, "sum_received");
        List<Measurement> samples = new ArrayList<>();
        samples.add(new Measurement("throughput", mbits(received, "sum_received"), "Mbit/s"));
        samples.add(new Measurement("send_throughput", mbits(sent, "sum_sent"), "Mbit/s"));
        if (sent.has("retransmits")) {
            // only Linux senders count retransmits; elsewhere the field is missing rather than zero
            samples.add(new Measurement("retransmits", number(sent, "retransmits", "sum_sent"), "segments"));
        }
        return samples;
    }

    private static List<Measurement> udp(JsonNode end) throws OutputParseException {
        if (end.has("sum_received")) {
            JsonNode received = object(end, "sum_received");
            return List.of(
                    new Measurement("throughput", mbits(received, "sum_received"), "Mbit/s"),
                    new Measurement("send_throughput", mbits(object(end, "sum_sent"), "sum_sent"), "Mbit/s"),
                    new Measurement("lost_percent", number(received, "lost_percent", "sum_received"), "%"),
                    new Measurement("jitter_ms", number(received, "jitter_ms", "sum_received"), "ms"));
        }
        // iperf3 before 3.10 has only end.sum, whose rate is the sender's; its loss figures are the receiver's
        JsonNode sum = object(end, "sum");
        double sent = mbits(sum, "sum");
        double lost = number(sum, "lost_percent", "sum");
        return List.of(
                new Measurement("throughput", sent * (100 - lost) / 100, "Mbit/s"),
                new Measurement("send_throughput", sent, "Mbit/s"),
                new Measurement("lost_percent", lost, "%"),
                new Measurement("jitter_ms", number(sum, "jitter_ms", "sum"), "ms"));
    }

    private static JsonNode object(JsonNode end, String name) throws OutputParseException {
        JsonNode node = end.path(name);
        if (!node.isObject()) {
            throw new OutputParseException("iperf3's report has no end." + name + "; the test did not finish");
        }
        return node;
    }

    private static double mbits(JsonNode sum, String where) throws OutputParseException {
        return number(sum, "bits_per_second", where) / BITS_PER_MBIT;
    }

    private static double number(JsonNode node, String field, String where) throws OutputParseException {
        JsonNode value = node.path(field);
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new OutputParseException("iperf3's report has no number end." + where + "." + field
                    + (value.isMissingNode() ? "" : " (it is '" + value + "')"));
        }
        return value.asDouble();
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("").strip();
    }

    private static String lastLine(String text) {
        return text.isBlank() ? "" : ": " + text.strip().lines().reduce((a, b) -> b).orElse("").strip();
    }
}
