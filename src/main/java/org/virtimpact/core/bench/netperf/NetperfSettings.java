package org.virtimpact.core.bench.netperf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Sizes;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/**
 * One netperf cell's values, checked. Every number that reaches the command line comes from here,
 * rebuilt from parsed values, so no typed text is ever pasted into it.
 *
 * @param iterations netperf {@code -i max,min}, when the researcher asked for confidence iterations
 * @param confidence netperf {@code -I level,width}
 */
record NetperfSettings(NetperfTest test, long messageBytes, int seconds, int port,
                       Optional<Iterations> iterations, Optional<Confidence> confidence) {

    static final String TEST = "test";
    static final String MESSAGE = "message";
    static final String LENGTH = "length";
    static final String PORT = "port";
    static final String ITERATIONS = "iterations";
    static final String CONFIDENCE = "confidence";
    static final int DEFAULT_PORT = 12_865;

    /** netperf silently raises fewer than 3 and lowers more than 30, so values outside are refused. */
    record Iterations(int max, int min) {
        String argument() {
            return max + "," + min;
        }
    }

    /** netperf accepts only the 95 % and 99 % levels; the width is the whole interval, in percent. */
    record Confidence(int level, BigDecimal width) {
        String argument() {
            return level + "," + width.toPlainString();
        }
    }

    private static final Pattern WHOLE = Pattern.compile("\\d{1,6}");
    private static final Pattern ITERATIONS_TEXT = Pattern.compile("(\\d{1,2})(?:,(\\d{1,2}))?");
    private static final Pattern CONFIDENCE_TEXT = Pattern.compile("(\\d{2})(?:,(\\d{1,3}(?:\\.\\d{1,3})?))?");

    /** The cell's settings, or empty with each problem added as a sentence naming the value. */
    static Optional<NetperfSettings> read(TestCase cell, List<Message> problems) {
        int before = problems.size();
        Optional<NetperfTest> test = NetperfTest.fromText(cell.param(TEST, ""));
        if (test.isEmpty()) {
            problems.add(Message.of("netperf.test", "netperf test ''{0}'' must be TCP_STREAM or UDP_STREAM",
                    cell.param(TEST, "")));
        }
        long message = 0;
        try {
            message = Sizes.parseBytes(cell.param(MESSAGE, ""));
        } catch (IllegalArgumentException e) {
            problems.add(Message.of("netperf.messageSize", "netperf message size: {0}", Explained.messageOf(e)));
        }
        if (test.equals(Optional.of(NetperfTest.UDP_STREAM)) && message > NetperfErrors.MAX_UDP_MESSAGE) {
            problems.add(Message.of("netperf.udpTooLong", "netperf UDP_STREAM message {0} ({1} bytes) can''t be"
                    + " sent: a UDP datagram carries at most 65,507 bytes, and netperf fails with ''Message too long''."
                    + " The 2008 study''s 512K and 45M UDP messages were impossible for the same reason; give"
                    + " UDP_STREAM a netperf entry of its own with messages up to 65507", cell.param(MESSAGE, ""),
                    Long.toString(message)));
        }
        int seconds = whole(cell.option(LENGTH, "10"), 1, 86_400,
                Message.of("netperf.lengthName", "netperf length (seconds, -l)"), problems);
        int port = whole(cell.option(PORT, Integer.toString(DEFAULT_PORT)), 1, 65_535,
                Message.of("netperf.portName", "netperf port (netserver''s control port, -p)"), problems);
        Optional<Iterations> iterations = iterations(cell.option(ITERATIONS, ""), problems);
        Optional<Confidence> confidence = confidence(cell.option(CONFIDENCE, ""), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new NetperfSettings(test.get(), message, seconds, port, iterations, confidence));
    }

    static NetperfSettings of(TestCase cell) {
        List<Message> problems = new ArrayList<>();
        return read(cell, problems).orElseThrow(() -> new IllegalArgumentException(
                String.join("; ", problems.stream().map(Message::english).toList())));
    }

    private static int whole(String text, int min, int max, Message what, List<Message> problems) {
        String t = text.strip();
        if (WHOLE.matcher(t).matches() && Integer.parseInt(t) >= min && Integer.parseInt(t) <= max) {
            return Integer.parseInt(t);
        }
        problems.add(Message.of("value.wholeNumber", "{0} ''{1}'' must be a whole number from {2} to {3}", what, text,
                Integer.toString(min), Integer.toString(max)));
        return 0;
    }

    private static Optional<Iterations> iterations(String text, List<Message> problems) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ITERATIONS_TEXT.matcher(text.strip());
        if (m.matches()) {
            int max = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 3 : Integer.parseInt(m.group(2));
            if (max >= 3 && max <= 30 && min >= 3 && min <= max) {
                return Optional.of(new Iterations(max, min));
            }
        }
        problems.add(Message.of("netperf.iterations", "netperf iterations ''{0}'' must be MAX or MAX,MIN with"
                + " 3 <= MIN <= MAX <= 30 (netperf''s -i; it would quietly change other values)", text));
        return Optional.empty();
    }

    private static Optional<Confidence> confidence(String text, List<Message> problems) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = CONFIDENCE_TEXT.matcher(text.strip());
        if (m.matches() && (m.group(1).equals("95") || m.group(1).equals("99"))) {
            BigDecimal width = new BigDecimal(m.group(2) == null ? "5" : m.group(2)).stripTrailingZeros();
            if (width.signum() > 0 && width.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return Optional.of(new Confidence(Integer.parseInt(m.group(1)), width));
            }
        }
        problems.add(Message.of("netperf.confidence", "netperf confidence ''{0}'' must be LEVEL or LEVEL,WIDTH:"
                + " level 95 or 99 (percent), width of the whole interval in percent of the mean, above 0 and at"
                + " most 100 (netperf''s -I)", text));
        return Optional.empty();
    }
}
