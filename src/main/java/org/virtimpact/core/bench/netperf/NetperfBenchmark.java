package org.virtimpact.core.bench.netperf;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.text.Message;

/**
 * Network throughput with netperf, as in the 2008 study: TCP_STREAM and UDP_STREAM from the
 * target to netserver on the environment's peer, with 512-byte, 512 KiB and 45 MiB messages.
 * VirtImpact asks for netperf 2.5+'s {@code -o} selectors, which give UDP's send and receive side
 * in one row and the confidence netperf reached; a 2.4 netperf ignores {@code -o} and prints its
 * default table, which is read as well.
 */
public final class NetperfBenchmark extends DescribedBenchmark {

    public static final String ID = "netperf";
    public static final String TEST = NetperfSettings.TEST;
    public static final String MESSAGE = NetperfSettings.MESSAGE;
    public static final String LENGTH = NetperfSettings.LENGTH;
    public static final String PORT = NetperfSettings.PORT;
    public static final String ITERATIONS = NetperfSettings.ITERATIONS;
    public static final String CONFIDENCE = NetperfSettings.CONFIDENCE;

    /** THROUGHPUT is netperf's own figure (averaged over -i iterations); the sides tell UDP's loss. */
    static final String SELECTORS = "THROUGHPUT,THROUGHPUT_UNITS,LOCAL_SEND_THROUGHPUT,REMOTE_RECV_THROUGHPUT,"
            + "PROTOCOL,LOCAL_SEND_SIZE,ELAPSED_TIME,CONFIDENCE_LEVEL,CONFIDENCE_INTERVAL,CONFIDENCE_ITERATION,"
            + "THROUGHPUT_CONFID";

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:%_-]{0,252}");

    private static final List<MetricDef> METRICS = List.of(
            new MetricDef("throughput", "Throughput (received)", "Mbit/s", true),
            new MetricDef("send_throughput", "Throughput (sent, UDP)", "Mbit/s", true),
            new MetricDef("confidence_width", "Confidence interval reached (netperf -i/-I)", "%", false));

    private final NetperfOutputParser parser = new NetperfOutputParser();

    public NetperfBenchmark() {
        super(ID, "netperf TCP and UDP stream", Device.NETWORK, METRICS);
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put(TEST, List.of(NetperfTest.TCP_STREAM.name(), NetperfTest.UDP_STREAM.name()));
        axes.put(MESSAGE, List.of("512", "512K", "45M"));
        return axes;
    }

    @Override
    public List<Message> problems(TestCase testCase) {
        List<Message> problems = new ArrayList<>();
        NetperfSettings.read(testCase, problems);
        return problems;
    }

    @Override
    public List<String> requiredTools(TestCase testCase) {
        return List.of("netperf");
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        NetperfSettings s = NetperfSettings.of(testCase);
        String host = context.peerHost();
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException(host.isEmpty()
                    ? "netperf needs a network peer running netserver; set the environment's peer"
                    : "netperf peer '" + host + "' is not a host name or IP address");
        }
        StringBuilder cmd = new StringBuilder("LC_ALL=C netperf -H ").append(quote(host))
                .append(" -p ").append(s.port()).append(" -l ").append(s.seconds());
        s.iterations().ifPresent(i -> cmd.append(" -i ").append(i.argument()));
        s.confidence().ifPresent(c -> cmd.append(" -I ").append(c.argument()));
        return cmd.append(" -t ").append(s.test().name()).append(" -- -m ").append(s.messageBytes())
                .append(" -o ").append(SELECTORS).toString();
    }

    @Override
    public Optional<PeerService> peerService(TestCase testCase) {
        List<Message> problems = new ArrayList<>();
        int port = NetperfSettings.read(testCase, problems).map(NetperfSettings::port)
                .orElse(NetperfSettings.DEFAULT_PORT);
        return Optional.of(NetserverPeer.onPort(port));
    }

    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        NetperfReading reading = parser.read(result);
        NetperfReading known = reading.as(test(reading, testCase));
        List<Measurement> out = new ArrayList<>();
        known.received().ifPresent(v -> out.add(new Measurement("throughput", v, "Mbit/s")));
        if (known.test().orElseThrow() == NetperfTest.UDP_STREAM) {
            known.sent().ifPresent(v -> out.add(new Measurement("send_throughput", v, "Mbit/s")));
        }
        if (out.isEmpty()) {
            throw new OutputParseException("netperf's output holds no throughput figure");
        }
        known.confidenceWidth().ifPresent(v -> out.add(new Measurement("confidence_width", v, "%")));
        return out;
    }

    /** What the output says wins over silence, but not over the cell: a mismatch is a mix-up of files. */
    private static NetperfTest test(NetperfReading reading, TestCase testCase) throws OutputParseException {
        Optional<NetperfTest> cell = NetperfTest.fromText(testCase.param(TEST, ""));
        if (reading.test().isPresent() && cell.isPresent() && reading.test().get() != cell.get()) {
            throw new OutputParseException("this is netperf " + reading.test().get() + " output, but the cell is "
                    + TEST + "=" + cell.get());
        }
        return reading.test().or(() -> cell).orElseThrow(() -> new OutputParseException("this netperf output"
                + " (a lone figure, from -P 0 -v 0) does not say whether it is TCP_STREAM or UDP_STREAM; give the"
                + " cell's " + TEST + " (virtimpact import … --axis " + TEST + "=TCP_STREAM)"));
    }
}
