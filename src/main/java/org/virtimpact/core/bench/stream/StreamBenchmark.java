package org.virtimpact.core.bench.stream;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The reference: John McCalpin's own STREAM, when the environment has it built. Its metric names
 * are membw's, so the two compare cell by cell. Its array size and thread count are fixed when
 * it is compiled ({@code -DSTREAM_ARRAY_SIZE}, {@code -fopenmp}); the output records both.
 */
public final class StreamBenchmark extends DescribedBenchmark {

    public static final String ID = "stream";
    public static final String BINARY = "binary";

    private static final int MAX_BINARY = 4096;
    private static final List<MetricDef> METRICS = metricDefs();

    private final StreamOutputParser parser = new StreamOutputParser();

    private static List<MetricDef> metricDefs() {
        List<MetricDef> defs = new ArrayList<>();
        for (String k : StreamOutputParser.KERNELS) {
            defs.add(new MetricDef(k.toLowerCase(Locale.ROOT), k + " (best, STREAM)", "MB/s", true));
        }
        for (String k : StreamOutputParser.KERNELS) {
            defs.add(new MetricDef(k.toLowerCase(Locale.ROOT) + "_avg", k + " (average, STREAM)", "MB/s", true));
        }
        return List.copyOf(defs);
    }

    public StreamBenchmark() {
        super(ID, "STREAM (McCalpin's stream.c, as built on the target)", Device.MEMORY, METRICS);
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        return Map.of();
    }

    @Override
    public List<Message> problems(TestCase testCase) {
        String binary = binary(testCase);
        if (binary.isBlank() || binary.startsWith("-") || binary.length() > MAX_BINARY
                || binary.chars().anyMatch(ch -> ch < ' ')) {
            return List.of(Message.of("binary.invalid", "{0} binary ''{1}'' must be a program name on PATH or a path,"
                    + " on one line, not starting with ''-'', at most {2} characters", "stream", binary.strip(),
                    Integer.toString(MAX_BINARY)));
        }
        return List.of();
    }

    private static String binary(TestCase testCase) {
        return testCase.param(BINARY, testCase.option(BINARY, "stream"));
    }

    @Override
    public List<String> requiredTools(TestCase testCase) {
        return List.of(binary(testCase));
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        return "b=" + quote(binary(testCase)) + "; if ! command -v \"$b\" >/dev/null 2>&1; then printf '"
                + StreamOutputParser.REFUSAL_PREFIX + "%s is not on PATH or not executable on this target; build"
                + " stream.c (John McCalpin) there, or set the option binary to its path\\n' \"$b\" >&2; exit 127;"
                + " fi; exec \"$b\"";
    }

    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        return parser.parse(result);
    }
}
