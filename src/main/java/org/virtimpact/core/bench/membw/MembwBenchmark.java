package org.virtimpact.core.bench.membw;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.virtimpact.core.bench.Agent;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.bench.Sizes;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;

/**
 * Memory bandwidth with the project's own STREAM-style program ({@code agents/membw.c}),
 * compiled on the target. The axis is the size of each of its three arrays.
 */
public final class MembwBenchmark implements Benchmark {

    public static final String ID = "membw";
    public static final String ARRAY = "array";
    public static final String NTIMES = "ntimes";
    public static final Agent AGENT = new Agent("membw", "/org/virtimpact/agents/membw.c", "-O2");

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

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Memory bandwidth (STREAM kernels)";
    }

    @Override
    public Device device() {
        return Device.MEMORY;
    }

    @Override
    public List<MetricDef> metrics() {
        return METRICS;
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        return Map.of(ARRAY, List.of("80M"));
    }

    @Override
    public List<Agent> agents() {
        return List.of(AGENT);
    }

    @Override
    public List<String> validate(TestCase testCase) {
        List<String> problems = new ArrayList<>();
        try {
            long bytes = Sizes.parseBytes(testCase.param(ARRAY, ""));
            if (bytes < DOUBLE_BYTES) {
                problems.add("membw array size " + testCase.param(ARRAY, "") + " holds no double; use at least 8 bytes");
            }
        } catch (IllegalArgumentException e) {
            problems.add("membw array size: " + e.getMessage());
        }
        String ntimes = testCase.option(NTIMES, "10");
        if (!ntimes.matches("\\d{1,4}") || Integer.parseInt(ntimes) < 2) {
            problems.add("membw ntimes '" + ntimes + "' must be a whole number from 2 to 9999");
        }
        return problems;
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        long elements = Sizes.parseBytes(testCase.param(ARRAY, "")) / DOUBLE_BYTES;
        int ntimes = Integer.parseInt(testCase.option(NTIMES, "10"));
        return quote(context.agent(AGENT.name())) + " " + elements + " " + ntimes;
    }

    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        return parser.parse(result);
    }
}
