package org.virtimpact.core.run;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.text.Message;

/**
 * A trivial benchmark for tests of the runner itself: it sleeps {@code ms} milliseconds (axis) and
 * prints one number. With a {@code file} option it first writes a scratch file named after the run,
 * and removes it, as dd does, so leftovers can be checked; with {@code fail=FILE} it fails while FILE
 * exists, so a test can make attempts fail and then succeed; with {@code hold=FILE} it first sleeps
 * 30 s while FILE exists, so a fault can hit a command that is sure to be running.
 */
public final class TickBenchmark implements Benchmark {

    public static final String ID = "tick";
    private static final Pattern VALUE = Pattern.compile("tick=(\\d+)");

    public static BenchmarkCatalog catalog() {
        List<Benchmark> all = new ArrayList<>(BenchmarkCatalog.standard().all());
        all.add(new TickBenchmark());
        return new BenchmarkCatalog(all);
    }

    public static BenchmarkSpec spec(String... millis) {
        return new BenchmarkSpec(ID, Map.of("ms", List.of(millis)), Map.of());
    }

    public static BenchmarkSpec spec(Map<String, String> options, String... millis) {
        return new BenchmarkSpec(ID, Map.of("ms", List.of(millis)), options);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "tick";
    }

    @Override
    public Device device() {
        return Device.OTHER;
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(new MetricDef("value", "value", "1", true));
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        return Map.of("ms", List.of("10"));
    }

    @Override
    public List<Message> problems(TestCase testCase) {
        return testCase.param("ms", "10").matches("\\d{1,6}") ? List.of()
                : List.of(Message.verbatim("ms must be a number"));
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        long ms = Long.parseLong(testCase.param("ms", "10"));
        String seconds = ms / 1000 + "." + String.format(java.util.Locale.ROOT, "%03d", ms % 1000);
        String failWhile = testCase.option("fail", "");
        String hold = testCase.option("hold", "");
        String file = quote(context.scratchDir() + "/.virtimpact-tick-" + context.runToken());
        return (failWhile.isEmpty() ? "" : "if [ -e " + quote(failWhile) + " ]; then echo broken >&2; exit 1; fi; ")
                + ("true".equals(testCase.option("file", "")) ? "echo x > " + file + "; " : "")
                + (hold.isEmpty() ? "" : "if [ -e " + quote(hold) + " ]; then sleep 30; fi; ")
                + "sleep " + seconds + "; rm -f " + file + "; echo tick=" + ms;
    }

    @Override
    public Optional<String> cleanupCommand(TestCase testCase, RunContext context) {
        return Optional.of("rm -f " + quote(context.scratchDir() + "/.virtimpact-tick-" + context.runToken()));
    }

    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        Matcher m = VALUE.matcher(result.stdout());
        if (result.exitCode() != 0 || !m.find()) {
            throw new OutputParseException("tick failed (exit status " + result.exitCode() + "): "
                    + result.stderr().strip());
        }
        return List.of(new Measurement("value", Double.parseDouble(m.group(1)), "1"));
    }
}
