package org.virtimpact.core.bench.linpack;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.bench.Agent;
import org.virtimpact.core.bench.DescribedBenchmark;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.text.Message;

/**
 * CPU speed with the project's own Linpack-style solver ({@code agents/linpack.c}), built on the
 * target in single or double precision. The 2008 study used n = 100 in single precision.
 */
public final class LinpackBenchmark extends DescribedBenchmark {

    public static final String ID = "linpack";
    public static final String N = "n";
    public static final String PRECISION = "precision";
    public static final String MIN_SECONDS = "min_seconds";
    // Loops aligned to 64 bytes: with gcc's default placement the same source ran at 3.5 or 6.4
    // Gflops on a Zen 4 guest depending on where an unrelated edit moved the axpy loop.
    static final Agent SINGLE = new Agent("linpack-sp", "/org/virtimpact/agents/linpack.c",
            "-O2 -falign-loops=64 -DLP_SINGLE");
    static final Agent DOUBLE = new Agent("linpack-dp", "/org/virtimpact/agents/linpack.c", "-O2 -falign-loops=64");

    /** matgen's init = 3125 * init % 65536 has period 2^14. */
    private static final int GENERATOR_PERIOD = 16384;
    private static final List<MetricDef> METRICS = List.of(
            new MetricDef("mflops", "Mflops (all solves)", "Mflops", true),
            new MetricDef("best_mflops", "Mflops (fastest solve)", "Mflops", true));

    private final LinpackOutputParser parser = new LinpackOutputParser();

    public LinpackBenchmark() {
        super(ID, "Linpack-style LU solve", Device.CPU, METRICS);
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put(N, List.of("100"));
        axes.put(PRECISION, List.of("single"));
        return axes;
    }

    @Override
    public List<Agent> agents() {
        return List.of(SINGLE, DOUBLE);
    }

    @Override
    public List<Agent> agents(TestCase testCase) {
        return List.of(agent(testCase));
    }

    private static Agent agent(TestCase testCase) {
        return "double".equals(testCase.param(PRECISION, "single")) ? DOUBLE : SINGLE;
    }

    @Override
    public List<Message> problems(TestCase testCase) {
        List<Message> problems = new ArrayList<>();
        String n = testCase.param(N, "100");
        if (!n.matches("\\d{1,5}") || Integer.parseInt(n) < 2 || Integer.parseInt(n) > 20000) {
            problems.add(Message.of("linpack.n", "linpack matrix order n ''{0}'' must be a whole number from 2 to 20000",
                    n));
        } else if (repeatedColumn(Integer.parseInt(n)) < Integer.parseInt(n)) {
            problems.add(Message.of("linpack.singular", "linpack n {0} gives a singular system: LINPACK''s matrix"
                    + " generator repeats every {1} numbers, so column {2} equals column 1; choose an n such as 100,"
                    + " 200, 500 or 1000", n, Integer.toString(GENERATOR_PERIOD),
                    Integer.toString(repeatedColumn(Integer.parseInt(n)) + 1)));
        }
        String precision = testCase.param(PRECISION, "single");
        if (!precision.equals("single") && !precision.equals("double")) {
            problems.add(Message.of("linpack.precision", "linpack precision ''{0}'' must be single or double",
                    precision));
        }
        String seconds = testCase.option(MIN_SECONDS, "1");
        if (!seconds.matches("\\d{1,4}(\\.\\d{1,3})?") || Double.parseDouble(seconds) < 0.001
                || Double.parseDouble(seconds) > 3600) {
            problems.add(Message.of("linpack.minSeconds",
                    "linpack min_seconds ''{0}'' must be a number from 0.001 to 3600", seconds));
        }
        return problems;
    }

    /** The first column index whose values repeat column 0, given the generator's period. */
    private static int repeatedColumn(int n) {
        return GENERATOR_PERIOD / BigInteger.valueOf(n).gcd(BigInteger.valueOf(GENERATOR_PERIOD)).intValueExact();
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        return quote(context.agent(agent(testCase).name())) + " " + Integer.parseInt(testCase.param(N, "100")) + " "
                + quote(testCase.option(MIN_SECONDS, "1"));
    }

    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        return parser.parse(result);
    }
}
