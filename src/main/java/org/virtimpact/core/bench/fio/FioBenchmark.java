package org.virtimpact.core.bench.fio;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Disk throughput, IOPS and latency with fio, the modern companion of dd: one job on a file in the
 * environment's scratch dir, sequential or random, bypassing the page cache by default
 * ({@code direct=1}) so that a guest's cache doesn't hide its virtual disk. The file is removed
 * afterwards, also when the run is stopped.
 */
public final class FioBenchmark extends DescribedBenchmark {

    public static final String ID = "fio";
    public static final String RW = "rw";
    public static final String BS = "bs";
    public static final String SIZE = "size";
    public static final String DIRECT = "direct";
    public static final String IOENGINE = "ioengine";
    public static final String RUNTIME = "runtime";

    static final Set<String> RW_MODES = Set.of("read", "write", "randread", "randwrite", "randrw");
    /** The smallest logical sector; O_DIRECT I/O must be a multiple of it (4096 on 4Kn disks). */
    private static final long SECTOR = 512;

    private static final List<MetricDef> METRICS = List.of(
            new MetricDef("bw", "Bandwidth", "MB/s", true),
            new MetricDef("iops", "I/O operations per second", "IOPS", true),
            new MetricDef("lat_mean_us", "Mean latency (submission to completion)", "us", false),
            new MetricDef("read_bw", "Read bandwidth (mixed)", "MB/s", true),
            new MetricDef("read_iops", "Read IOPS (mixed)", "IOPS", true),
            new MetricDef("read_lat_mean_us", "Mean read latency (mixed)", "us", false),
            new MetricDef("write_bw", "Write bandwidth (mixed)", "MB/s", true),
            new MetricDef("write_iops", "Write IOPS (mixed)", "IOPS", true),
            new MetricDef("write_lat_mean_us", "Mean write latency (mixed)", "us", false));

    private final FioOutputParser parser = new FioOutputParser();

    public FioBenchmark() {
        super(ID, "fio disk I/O", Device.DISK, METRICS);
    }

    @Override
    public Map<String, List<String>> defaultAxes() {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put(RW, List.of("read", "write"));
        axes.put(BS, List.of("4K", "1M"));
        return axes;
    }

    @Override
    public List<Message> problems(TestCase testCase) {
        List<Message> problems = new ArrayList<>();
        String rw = testCase.param(RW, "read");
        if (!RW_MODES.contains(rw)) {
            problems.add(Message.of("fio.rw", "fio rw ''{0}'' must be one of read, write, randread, randwrite, randrw",
                    rw));
        }
        long bs = bytes(testCase.param(BS, "4K"), Message.of("fio.blockSizeName", "fio block size (bs)"), problems);
        long size = bytes(testCase.option(SIZE, "1G"), Message.of("fio.fileSizeName", "fio file size"), problems);
        if (bs > 0 && size > 0 && size < bs) {
            problems.add(Message.of("fio.fileBelowBlock", "fio file size {0} is smaller than one block of {1}",
                    testCase.option(SIZE, "1G"), testCase.param(BS, "4K")));
        }
        String direct = testCase.option(DIRECT, "1");
        if (!direct.equals("0") && !direct.equals("1")) {
            problems.add(Message.of("fio.direct", "fio direct ''{0}'' must be 1 (bypass the page cache) or 0 (use it)",
                    direct));
        } else if (direct.equals("1") && bs > 0 && bs % SECTOR != 0) {
            problems.add(Message.of("fio.directBlock", "fio block size {0} is not a multiple of 512 bytes, which"
                    + " direct I/O needs; use such a size or set direct=0", testCase.param(BS, "4K")));
        }
        String engine = testCase.option(IOENGINE, "psync");
        if (!engine.matches("[a-z][a-z0-9_]{0,31}")) {
            problems.add(Message.of("fio.ioengine",
                    "fio ioengine ''{0}'' is not an engine name like psync, libaio or io_uring", engine));
        }
        String runtime = testCase.option(RUNTIME, "");
        if (!runtime.isEmpty() && (!runtime.matches("\\d{1,5}") || Integer.parseInt(runtime) < 1
                || Integer.parseInt(runtime) > 86_400)) {
            problems.add(Message.of("fio.runtime", "fio runtime ''{0}'' must be empty (one pass over the file) or"
                    + " whole seconds from 1 to 86400", runtime));
        }
        return problems;
    }

    private static long bytes(String text, Message what, List<Message> problems) {
        try {
            return Sizes.parseBytes(text);
        } catch (IllegalArgumentException e) {
            problems.add(Message.of("value.labelled", "{0}: {1}", what, Explained.messageOf(e)));
            return 0;
        }
    }

    @Override
    public List<String> requiredTools(TestCase testCase) {
        return List.of("fio");
    }

    @Override
    public String command(TestCase testCase, RunContext context) {
        // fio splits --filename at ':'; a relative name inside the scratch dir sidesteps any odd dir name
        StringBuilder cmd = new StringBuilder("d=").append(quote(context.scratchDir()))
                .append("; f=\"$d\"/").append(fileName(context))
                .append("; trap 'rm -f \"$f\"' EXIT; trap 'rm -f \"$f\"; exit 143' INT TERM HUP PIPE; ")
                .append("cd \"$d\" && fio --name=virtimpact --filename=").append(fileName(context))
                .append(" --rw=").append(quote(testCase.param(RW, "read")))
                .append(" --bs=").append(Sizes.parseBytes(testCase.param(BS, "4K")))
                .append(" --size=").append(Sizes.parseBytes(testCase.option(SIZE, "1G")))
                .append(" --direct=").append(testCase.option(DIRECT, "1").equals("0") ? 0 : 1)
                .append(" --ioengine=").append(quote(testCase.option(IOENGINE, "psync")));
        String runtime = testCase.option(RUNTIME, "");
        if (!runtime.isEmpty()) {
            cmd.append(" --runtime=").append(Integer.parseInt(runtime)).append(" --time_based");
        }
        return cmd.append(" --output-format=json").toString();
    }

    @Override
    public Optional<String> cleanupCommand(TestCase testCase, RunContext context) {
        return Optional.of("rm -f " + quote(context.scratchDir() + "/" + fileName(context)));
    }

    private static String fileName(RunContext context) {
        return ".virtimpact-fio-" + context.runToken();
    }

    @Override
    public List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException {
        return parser.parse(result);
    }
}
