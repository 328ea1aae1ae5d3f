package org.virtimpact.core.bench.dd;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Sequential disk throughput with dd, as in the 2008 study: write a file of zeros with small
 * blocks, flush it to the device, then read it back. The file is always removed afterwards.
 */
public final class DdBenchmark implements Benchmark {

    public static final String ID = "dd";
    public static final String SIZE = "size";
    public static final String BLOCK = "block";

    private static final List<MetricDef> METRICS = List.of(
            new MetricDef("write_rate", "Write throughput", "MB/s", true),
            new MetricDef("write_time", "Write time", "s", false),
            new MetricDef("read_rate", "Read throughput", "MB/s", true),
            new MetricDef("read_time", "Read time", "s", false));

    private final DdOutputParser parser = new DdOutputParser();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "dd sequential write and read";
    }

    @Override
    public Device device() {
        return Device.DISK;
    }

    @Override
    public List<MetricDef> metrics() {
        return METRICS;
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put(SIZE, List.of("128M", "256M", "512M", "1G", "2G", "4G"));
        axes.put(BLOCK, List.of("512"));
        return axes;
    }

    @Override
    public List<String> validate(TestCase testCase) {
        List<String> problems = new ArrayList<>();
        long size = 0;
        long block = 0;
        try {
            size = Sizes.parseBytes(testCase.param(SIZE, ""));
        } catch (IllegalArgumentException e) {
            problems.add("dd file size: " + e.getMessage());
        }
        try {
            block = Sizes.parseBytes(testCase.param(BLOCK, "512"));
        } catch (IllegalArgumentException e) {
            problems.add("dd block size: " + e.getMessage());
        }
        if (size > 0 && block > 0 && size % block != 0) {
            problems.add("dd file size " + testCase.param(SIZE, "") + " is not a whole number of "
                    + block + "-byte blocks");
        }
        return problems;
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        long size = Sizes.parseBytes(testCase.param(SIZE, ""));
        long block = Sizes.parseBytes(testCase.param(BLOCK, "512"));
        String file = quote(file(context));
        return "f=" + file + "; trap 'rm -f \"$f\"' EXIT; trap 'rm -f \"$f\"; exit 143' INT TERM HUP; "
                + "LC_ALL=C dd if=/dev/zero of=\"$f\" bs=" + block + " count=" + (size / block)
                + " conv=fdatasync && LC_ALL=C dd if=\"$f\" of=/dev/null bs=" + block;
    }

    @Override
    public boolean reportsOnStderr() {
        return true;
    }

    @Override
    public Optional<String> cleanupCommand(TestCase testCase, RunContext context) {
        return Optional.of("rm -f " + quote(file(context)));
    }

    private static String file(RunContext context) {
        return context.scratchDir() + "/.virtimpact-dd-" + context.runToken();
    }

    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        List<DdOutputParser.Transfer> transfers = parser.transfers(result.stderr() + "\n" + result.stdout());
        if (!result.succeeded()) {
            throw new OutputParseException("dd exited with status " + result.exitCode() + lastLine(result.stderr()));
        }
        if (transfers.size() != 2) {
            throw new OutputParseException("expected dd's write and read summaries (2 lines like"
                    + " '8388608 bytes (8.4 MB, 8.0 MiB) copied, 0.04 s, 201 MB/s'), found " + transfers.size());
        }
        DdOutputParser.Transfer write = transfers.get(0);
        DdOutputParser.Transfer read = transfers.get(1);
        return List.of(
                new Measurement("write_rate", write.megabytesPerSecond(), "MB/s"),
                new Measurement("write_time", write.seconds(), "s"),
                new Measurement("read_rate", read.megabytesPerSecond(), "MB/s"),
                new Measurement("read_time", read.seconds(), "s"));
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "" : ": " + lines[lines.length - 1];
    }
}
