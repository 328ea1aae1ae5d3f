package org.virtimpact.core.bench.iperf3;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.DescribedBenchmark;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.PeerService;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.bench.Sizes;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/**
 * TCP and UDP throughput with iperf3, the modern companion of netperf's TCP_STREAM and UDP_STREAM:
 * the target runs the client against {@code iperf3 -s} on the environment's peer. UDP is sent
 * unpaced by default ({@code -b 0}), like netperf's UDP_STREAM, so {@code throughput} is what the
 * receiver could take and {@code lost_percent} shows how far the sender outran it; iperf3's own
 * default of 1 Mbit/s would measure the pacing, not the virtualization. TCP is never paced.
 */
public final class Iperf3Benchmark extends DescribedBenchmark {

    public static final String ID = "iperf3";
    public static final String PROTOCOL = "protocol";
    public static final String LENGTH = "length";
    public static final String DURATION = "duration";
    public static final String PORT = "port";
    public static final String PARALLEL = "parallel";
    public static final String BITRATE = "bitrate";

    static final long MAX_UDP_DATAGRAM = 65_507;
    static final long MIN_UDP_DATAGRAM = 16;
    static final long MAX_TCP_BLOCK = 1L << 20;

    private static final Pattern BITRATE_TEXT = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?[KkMmGg]?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:%_-]{0,252}");

    private static final List<MetricDef> METRICS = List.of(
            new MetricDef("throughput", "Throughput (received)", "Mbit/s", true),
            new MetricDef("send_throughput", "Throughput (sent)", "Mbit/s", true),
            new MetricDef("retransmits", "TCP retransmits", "segments", false),
            new MetricDef("lost_percent", "UDP datagrams lost", "%", false),
            new MetricDef("jitter_ms", "UDP jitter", "ms", false));

    private final Iperf3OutputParser parser = new Iperf3OutputParser();

    public Iperf3Benchmark() {
        super(ID, "iperf3 TCP and UDP throughput", Device.NETWORK, METRICS);
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put(PROTOCOL, List.of("tcp", "udp"));
        axes.put(LENGTH, List.of("1K", "32K"));
        return axes;
    }

    @Override
    public List<Message> problems(TestCase testCase) {
        List<Message> problems = new ArrayList<>();
        String protocol = protocol(testCase);
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            problems.add(Message.of("iperf3.protocol", "iperf3 protocol ''{0}'' must be tcp or udp",
                    testCase.param(PROTOCOL, "")));
        }
        String length = testCase.param(LENGTH, "128K");
        try {
            long bytes = Sizes.parseBytes(length);
            if (protocol.equals("udp") && bytes > MAX_UDP_DATAGRAM) {
                problems.add(Message.of("iperf3.udpTooLong", "iperf3 UDP length {0} is {1} bytes, above the 65,507"
                        + " bytes one UDP datagram can carry", length, Long.toString(bytes)));
            } else if (protocol.equals("udp") && bytes < MIN_UDP_DATAGRAM) {
                problems.add(Message.of("iperf3.udpTooShort",
                        "iperf3 UDP length {0} is below iperf3''s minimum of 16 bytes", length));
            } else if (bytes > MAX_TCP_BLOCK) {
                problems.add(Message.of("iperf3.tcpTooLong",
                        "iperf3 length {0} is above iperf3''s maximum block of 1 MiB", length));
            }
        } catch (IllegalArgumentException e) {
            problems.add(Message.of("iperf3.length", "iperf3 length: {0}", Explained.messageOf(e)));
        }
        wholeNumber(testCase, DURATION, "10", 1, 86_400, Message.of("iperf3.seconds", "seconds"))
                .ifPresent(problems::add);
        wholeNumber(testCase, PORT, "5201", 1, 65_535, Message.of("iperf3.port", "a TCP/UDP port"))
                .ifPresent(problems::add);
        wholeNumber(testCase, PARALLEL, "1", 1, 128, Message.of("iperf3.parallel", "parallel streams"))
                .ifPresent(problems::add);
        String bitrate = testCase.option(BITRATE, "0");
        if (!BITRATE_TEXT.matcher(bitrate).matches()) {
            problems.add(Message.of("iperf3.bitrate", "iperf3 bitrate ''{0}'' must be bits per second like 0"
                    + " (unlimited), 500M or 1.5G (K, M, G are powers of 1000)", bitrate));
        }
        return problems;
    }

    private static Optional<Message> wholeNumber(TestCase tc, String option, String fallback, int min, int max,
                                                 Message what) {
        String text = tc.option(option, fallback);
        if (text.matches("\\d{1,6}") && Integer.parseInt(text) >= min && Integer.parseInt(text) <= max) {
            return Optional.empty();
        }
        return Optional.of(Message.of("iperf3.wholeNumber", "iperf3 {0} ''{1}'' must be a whole number from {2} to {3}"
                + " ({4})", option, text, Integer.toString(min), Integer.toString(max), what));
    }

    @Override
    public List<String> requiredTools(TestCase testCase) {
        return List.of("iperf3");
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        String host = context.peerHost();
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException(host.isEmpty()
                    ? "iperf3 needs a peer running iperf3 -s; set the environment's peer"
                    : "iperf3 peer '" + host + "' is not a host name or IP address");
        }
        StringBuilder cmd = new StringBuilder("iperf3 -c ").append(quote(host))
                .append(" -p ").append(port(testCase))
                .append(" -J -t ").append(Integer.parseInt(testCase.option(DURATION, "10")))
                .append(" -l ").append(Sizes.parseBytes(testCase.param(LENGTH, "128K")))
                .append(" -P ").append(Integer.parseInt(testCase.option(PARALLEL, "1")));
        if (protocol(testCase).equals("udp")) {
            cmd.append(" -u -b ").append(quote(testCase.option(BITRATE, "0")));
        }
        return cmd.toString();
    }

    @Override
    public Optional<PeerService> peerService(TestCase testCase) {
        return Optional.of(Iperf3Server.onPort(port(testCase)));
    }

    private static int port(TestCase testCase) {
        String text = testCase.option(PORT, "5201");
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65_535) {
            throw new IllegalArgumentException("iperf3 port '" + text + "' must be a whole number from 1 to 65535");
        }
        return Integer.parseInt(text);
    }

    private static String protocol(TestCase testCase) {
        return testCase.param(PROTOCOL, "tcp").strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        return parser.parse(result);
    }
}
