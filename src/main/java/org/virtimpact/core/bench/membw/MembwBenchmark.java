package org.virtimpact.core.bench.membw;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.virtimpact.core.bench.Agent;
import org.virtimpact.core.bench.DescribedBenchmark;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.bench.Sizes;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/**
 * Memory bandwidth with the project's own STREAM-style program ({@code agents/membw.c}),
 * compiled on the target. The axis is the size of each of its three arrays: {@code auto} (the
 * default) lets the program size them at 4x the target's last-level cache, as STREAM's rules ask.
 * {@code threads} (an option or an axis) splits each kernel over POSIX threads.
 */
public final class MembwBenchmark extends DescribedBenchmark {

    public static final String ID = "membw";
    public static final String ARRAY = "array";
    public static final String NTIMES = "ntimes";
    public static final String THREADS = "threads";
    public static final String AUTO = "auto";
    public static final Agent AGENT = new Agent("membw", "/org/virtimpact/agents/membw.c",
            "-O2 -falign-loops=64 -pthread");

    static final List<String> KERNELS = List.of("Copy", "Scale", "Add", "Triad");
    private static final int DOUBLE_BYTES = 8;
    private static final List<MetricDef> METRICS = metricDefs();

    private final MembwOutputParser parser = new MembwOutputParser();

    private static List<MetricDef> metricDefs() {
        List<MetricDef> defs = new ArrayList<>();
        for (String k : KERNELS) {
            defs.add(new MetricDef(k.toLowerCase(Locale.ROOT), k + " (best)", "MB/s", true));
        }
        for (String k : KERNELS) {
            defs.add(new MetricDef(k.toLowerCase(Locale.ROOT) + "_avg", k + " (average)", "MB/s", true));
        }
        return List.copyOf(defs);
    }

    public MembwBenchmark() {
        super(ID, "Memory bandwidth (STREAM kernels)", Device.MEMORY, METRICS);
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        return Map.of(ARRAY, List.of(AUTO));
    }

    @Override
    public List<Agent> agents() {
        return List.of(AGENT);
    }

    @Override
    public List<Message> problems(TestCase testCase) {
        List<Message> problems = new ArrayList<>();
        String array = testCase.param(ARRAY, AUTO);
        if (!array.equals(AUTO)) {
            try {
                if (Sizes.parseBytes(array) < DOUBLE_BYTES) {
                    problems.add(Message.of("membw.arrayTooSmall",
                            "membw array size {0} holds no double; use at least 8 bytes, or auto", array));
                }
            } catch (IllegalArgumentException e) {
                problems.add(Message.of("membw.arraySize", "membw array size: {0} (or auto: 4x the last-level cache)",
                        Explained.messageOf(e)));
            }
        }
        String ntimes = testCase.option(NTIMES, "10");
        if (!ntimes.matches("\\d{1,4}") || Integer.parseInt(ntimes) < 2) {
            problems.add(Message.of("membw.ntimes", "membw ntimes ''{0}'' must be a whole number from 2 to 9999", ntimes));
        }
        String threads = threads(testCase);
        if (!threads.matches("\\d{1,4}") || Integer.parseInt(threads) < 1 || Integer.parseInt(threads) > 1024) {
            problems.add(Message.of("membw.threads", "membw threads ''{0}'' must be a whole number from 1 to 1024",
                    threads));
        }
        return problems;
    }

    private static String threads(TestCase testCase) {
        return testCase.param(THREADS, testCase.option(THREADS, "1"));
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        String array = testCase.param(ARRAY, AUTO);
        String elements = array.equals(AUTO) ? AUTO : Long.toString(Sizes.parseBytes(array) / DOUBLE_BYTES);
        int ntimes = Integer.parseInt(testCase.option(NTIMES, "10"));
        int threads = Integer.parseInt(threads(testCase));
        return quote(context.agent(AGENT.name())) + " " + elements + " " + ntimes + (threads == 1 ? "" : " " + threads);
    }

    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        return parser.parse(result);
    }
}
