package org.virtimpact.core.bench.dd;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Sequential disk throughput with dd, as in the 2008 study: write a file of zeros with small
 * blocks, flush it to the device, then read it back. The file is always removed afterwards.
 * How the write is flushed ({@code write_sync}), how the read meets the page cache
 * ({@code read_mode}) and which transfers run ({@code direction}) are options or axes.
 */
public final class DdBenchmark extends DescribedBenchmark {

    public static final String ID = "dd";
    public static final String SIZE = DdSettings.SIZE;
    public static final String BLOCK = DdSettings.BLOCK;
    public static final String WRITE_SYNC = DdSettings.WRITE_SYNC;
    public static final String READ_MODE = DdSettings.READ_MODE;
    public static final String DIRECTION = DdSettings.DIRECTION;

    private static final List<MetricDef> METRICS = List.of(
            new MetricDef("write_rate", "Write throughput", "MB/s", true),
            new MetricDef("write_time", "Write time", "s", false),
            new MetricDef("read_rate", "Read throughput", "MB/s", true),
            new MetricDef("read_time", "Read time", "s", false),
            new MetricDef("rate", "Throughput of a lone dd call (direction not recorded)", "MB/s", true),
            new MetricDef("time", "Time of a lone dd call (direction not recorded)", "s", false));

    private final DdOutputParser parser = new DdOutputParser();

    public DdBenchmark() {
        super(ID, "dd sequential write and read", Device.DISK, METRICS);
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put(SIZE, List.of("128M", "256M", "512M", "1G", "2G", "4G"));
        axes.put(BLOCK, List.of("512"));
        return axes;
    }

    @Override
    public List<Message> problems(TestCase testCase) {
        return DdSettings.problems(testCase);
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        return DdCommand.build(DdSettings.of(testCase), context.scratchDir(), file(context));
    }

    /** df is used when there, not required: without it the free-space check steps aside. */
    @Override
    public List<String> requiredTools(TestCase testCase) {
        return List.of("dd");
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

    /**
     * A log with two summaries is a write then a read. A log with one (a researcher's old
     * write-only or read-only log) doesn't say which it was: it gives {@code rate} and {@code time}
     * unless the cell's {@code direction} names it.
     */
    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        DdOutputParser.Log log = parser.read(result.stderr() + "\n" + result.stdout());
        if (!result.succeeded()) {
            throw new OutputParseException("dd exited with status " + result.exitCode() + lastLine(result.stderr()));
        }
        List<DdOutputParser.Transfer> transfers = log.transfers();
        if (transfers.isEmpty() && log.recordLines() > 0) {
            throw new OutputParseException("this dd printed only its record counts ('N+M records in/out'), no byte"
                    + " count and no time, so no rate can be computed (BusyBox dd built without"
                    + " FEATURE_DD_THIRD_STATUS_LINE, such as Debian's, and coreutils dd before 5.3 do this);"
                    + " run GNU coreutils dd, or time the dd call yourself");
        }
        Optional<String> direction = DdSettings.direction(testCase);
        int wanted = direction.map(d -> d.equals("both") ? 2 : 1).orElse(transfers.size() == 1 ? 1 : 2);
        if (transfers.size() != wanted) {
            throw new OutputParseException("expected " + (wanted == 2 ? "dd's write and read summaries (2 lines"
                    : "one dd summary (a line") + " like '8388608 bytes (8.4 MB, 8.0 MiB) copied, 0.04 s, 201 MB/s'),"
                    + " found " + transfers.size());
        }
        if (wanted == 2) {
            return List.copyOf(concat(measure("write", transfers.get(0)), measure("read", transfers.get(1))));
        }
        return measure(direction.orElse(""), transfers.get(0));
    }

    private static List<Measurement> measure(String direction, DdOutputParser.Transfer t) {
        String prefix = direction.isEmpty() ? "" : direction + "_";
        return List.of(new Measurement(prefix + "rate", t.megabytesPerSecond(), "MB/s"),
                new Measurement(prefix + "time", t.seconds(), "s"));
    }

    private static List<Measurement> concat(List<Measurement> a, List<Measurement> b) {
        List<Measurement> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "" : ": " + lines[lines.length - 1];
    }
}
