package org.virtimpact.core.bench.linpackc;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The classic netlib {@code linpackc}, mostly for reading old logs ({@code virtimpact parse --tool
 * linpackc}); it runs too when the environment has the binary. It times with CPU time
 * (getrusage), which keeps counting only while the guest's vCPU runs: a throttled or
 * overcommitted guest loses wall-clock time it never sees, so its Kflops flatter it. The
 * project's own {@code linpack} times with a wall clock.
 */
public final class LinpackcBenchmark extends DescribedBenchmark {

    public static final String ID = "linpackc";
    public static final String BINARY = "binary";
    public static final String PRECISION = "precision";
    public static final String ROLLING = "rolling";

    private static final int MAX_BINARY = 4096;
    private static final List<MetricDef> METRICS = List.of(new MetricDef("mflops",
            "Mflops (netlib linpackc, CPU time: flatters a throttled guest)", "Mflops", true));

    private final LinpackcOutputParser parser = new LinpackcOutputParser();

    public LinpackcBenchmark() {
        super(ID, "netlib linpackc (CPU-time Kflops)", Device.CPU, METRICS);
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        return Map.of();
    }

    @Override
    public List<Message> problems(TestCase testCase) {
        List<Message> problems = new ArrayList<>();
        String binary = setting(testCase, BINARY, "linpackc");
        if (binary.isBlank() || binary.startsWith("-") || binary.length() > MAX_BINARY
                || binary.chars().anyMatch(ch -> ch < ' ')) {
            problems.add(Message.of("binary.invalid", "{0} binary ''{1}'' must be a program name on PATH or a path, on"
                    + " one line, not starting with ''-'', at most {2} characters", "linpackc", binary.strip(),
                    Integer.toString(MAX_BINARY)));
        }
        String precision = setting(testCase, PRECISION, "");
        if (!List.of("", "single", "double").contains(precision)) {
            problems.add(Message.of("linpackc.precision", "linpackc precision ''{0}'' must be single or double",
                    precision));
        }
        String rolling = setting(testCase, ROLLING, "");
        if (!List.of("", "rolled", "unrolled").contains(rolling)) {
            problems.add(Message.of("linpackc.rolling", "linpackc rolling ''{0}'' must be rolled or unrolled", rolling));
        }
        return problems;
    }

    private static String setting(TestCase testCase, String key, String fallback) {
        return testCase.param(key, testCase.option(key, fallback));
    }

    @Override
    public List<String> requiredTools(TestCase testCase) {
        return List.of(setting(testCase, BINARY, "linpackc"));
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        return "b=" + quote(setting(testCase, BINARY, "linpackc")) + "; if ! command -v \"$b\" >/dev/null 2>&1;"
                + " then printf '" + LinpackcOutputParser.REFUSAL_PREFIX + "%s is not on PATH or not executable on"
                + " this target; build netlib linpackc there (cc -O2 -DSP -DROLL linpackc.c -lm), or set the"
                + " option binary to its path\\n' \"$b\" >&2; exit 127; fi; exec \"$b\"";
    }

    @Override
    public boolean reportsOnStderr() {
        return true;
    }

    /** A cell that names a precision or rolling refuses a log of another build, e.g. a Double one among Single. */
    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        LinpackcOutputParser.Report report = parser.parse(result.stderr() + "\n" + result.stdout());
        if (!result.succeeded()) {
            throw new OutputParseException("linpackc exited with status " + result.exitCode());
        }
        expect(testCase, PRECISION, report.precision());
        expect(testCase, ROLLING, report.rolling());
        return List.of(new Measurement("mflops", report.mflops(), "Mflops"));
    }

    private static void expect(TestCase testCase, String key, String reported) throws OutputParseException {
        String wanted = setting(testCase, key, "");
        if (!wanted.isEmpty() && !wanted.equals(reported)) {
            throw new OutputParseException("this linpackc log is " + reported + " but the cell's " + key + " is "
                    + wanted + "; it comes from another build of linpackc");
        }
    }
}
