package org.virtimpact.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether two environments are the identical VMs a comparison of virtualization modes assumes:
 * same shape (vCPUs, memory, CPU model) and same software (kernel, compiler, tool versions), as
 * read from {@code hosts/ENV.json}. The report's warnings and preflight's rows both ask here, so
 * they never disagree about what "identical" means.
 */
public final class HostComparison {

    public static final List<String> SHAPE = List.of("cpus", "mem_total_kb", "cpu_model");
    public static final List<String> VERSIONS = List.of("kernel", "compiler", "dd", "netperf", "iperf3", "fio");

    /** One fact that differs; {@code shape} tells a different VM from a different software version. */
    public record Difference(String fact, boolean shape, String value, String baselineValue) {
    }

    private final double memoryTolerance;

    /** @param memoryTolerance relative MemTotal difference still taken as the same VM (firmware reserves vary) */
    public HostComparison(double memoryTolerance) {
        this.memoryTolerance = memoryTolerance;
    }

    public static HostComparison defaults() {
        return new HostComparison(QualityThresholds.defaults().memoryTolerance());
    }

    /** Shape first, then versions; a fact missing on either side is not a difference, only unknown. */
    public List<Difference> differences(Map<String, String> mine, Map<String, String> baseline) {
        List<Difference> out = new ArrayList<>();
        differing(SHAPE, mine, baseline).forEach(f -> out.add(new Difference(f, true, mine.get(f), baseline.get(f))));
        differing(VERSIONS, mine, baseline).forEach(f -> out.add(new Difference(f, false, mine.get(f),
                baseline.get(f))));
        return List.copyOf(out);
    }

    private List<String> differing(List<String> keys, Map<String, String> a, Map<String, String> b) {
        return keys.stream().filter(k -> !a.getOrDefault(k, "").isBlank() && !b.getOrDefault(k, "").isBlank())
                .filter(k -> !same(k, a.get(k), b.get(k))).toList();
    }

    private boolean same(String key, String a, String b) {
        if (key.equals("mem_total_kb") && a.matches("\\d+") && b.matches("\\d+")) {
            double x = Double.parseDouble(a);
            double y = Double.parseDouble(b);
            return Math.abs(x - y) <= memoryTolerance * Math.max(x, y);
        }
        return a.strip().equals(b.strip());
    }
}
