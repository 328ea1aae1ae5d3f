package org.virtimpact.bench.perf;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.Summaries;
import org.virtimpact.core.stats.Summary;

/**
 * Times loading and summarising a 1,000,000-row results.csv, as the issue asks (under 2 s on a
 * 2-core machine). A plain main with warm-up rounds rather than JMH, so it needs nothing beyond
 * the test class path and is not picked up by surefire (its name does not end in Test):
 * <pre>
 * mvn -q -Dbuild.dir=target-stats test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target-stats/classes:target-stats/test-classes:$(cat cp.txt) \
 *      org.virtimpact.bench.perf.LoadAndSummarise [ROWS] [WARMUPS] [ROUNDS]
 * </pre>
 * The file is generated like a real campaign's: 4 environments × 2 dd metrics pairs × 2 sizes ×
 * 2 block sizes, repetitions until the row count is reached, timestamps one second apart.
 */
public final class LoadAndSummarise {

    private LoadAndSummarise() {
    }

    public static void main(String[] args) throws IOException, ResultsException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createTempDirectory("virtimpact-perf");
        Path file = dir.resolve("results.csv");
        generate(file, rows);
        System.out.printf(Locale.ROOT, "%s: %,d rows, %.1f MB, %d cores, Java %s%n", file, rows,
                Files.size(file) / 1e6, Runtime.getRuntime().availableProcessors(), Runtime.version());
        for (int i = 0; i < warmups; i++) {
            System.out.printf(Locale.ROOT, "warm-up %d: %.0f ms%n", i + 1, once(file, rows) / 1e6);
        }
        long[] times = new long[rounds];
        long[] cpu = new long[rounds];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            times[i] = once(file, rows);
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            System.out.printf(Locale.ROOT, "round %d: %.0f ms (%.0f ms CPU of this thread)%n", i + 1, times[i] / 1e6,
                    cpu[i] / 1e6);
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        // the CPU time shows the cost when other builds share the two cores and stretch the wall time
        System.out.printf(Locale.ROOT, "load + summarise %,d rows: median %.0f ms, best %.0f ms, worst %.0f ms;"
                + " median thread CPU %.0f ms; load average %.1f%n", rows, times[rounds / 2] / 1e6, times[0] / 1e6,
                times[rounds - 1] / 1e6, cpu[rounds / 2] / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Files.delete(file);
        Files.delete(dir);
    }

    private static long once(Path file, int rows) throws ResultsException {
        // a workbench opens a campaign once: collect the previous round's garbage outside the timing,
        // or each round pays for the one before it (G1 on 2 cores doubled the times without this)
        System.gc();
        long start = System.nanoTime();
        ResultSet rs = new CsvResults().read(file);
        Map<CellKey, Summary> cells = new Summaries(Summary.DEFAULT_CONFIDENCE).byCell(rs);
        long elapsed = System.nanoTime() - start;
        if (rs.samples().size() != rows || cells.isEmpty()) {
            throw new IllegalStateException("read " + rs.samples().size() + " rows into " + cells.size() + " cells");
        }
        return elapsed;
    }

    static void generate(Path file, int rows) throws IOException {
        List<String> envs = List.of("native", "xen-pv", "xen-hvm", "kvm-virtio");
        List<String[]> metrics = List.of(new String[] {"write_rate", "MB/s"}, new String[] {"write_time", "s"},
                new String[] {"read_rate", "MB/s"}, new String[] {"read_time", "s"});
        List<String> cells = new ArrayList<>();
        for (String size : List.of("128M", "1G")) {
            for (String block : List.of("512", "1M")) {
                cells.add(size + "," + block);
            }
        }
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", CsvResults.FIXED) + ",size,block\n");
            int written = 0;
            for (int rep = 1; written < rows; rep++) {
                for (String env : envs) {
                    for (String cell : cells) {
                        String runId = env + ".dd." + cell.replace(',', '_') + ".r" + rep;
                        t = t.plusSeconds(1);
                        for (String[] m : metrics) {
                            if (written++ == rows) {
                                return;
                            }
                            double value = m[1].equals("s") ? 1 + (written % 97) / 100.0 : 100 + (written % 89) / 10.0;
                            w.write(runId + "," + t + "," + env + ",Disk,dd," + m[0] + "," + value + "," + m[1] + ","
                                    + rep + ",ok," + cell + "\n");
                        }
                    }
                }
            }
        }
    }
}
