package org.virtimpact.core.stats;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.virtimpact.core.bench.BenchmarkCatalog;

/**
 * Decides a metric's direction. A metric of a known benchmark uses its {@code MetricDef}; any
 * other (imported) metric is judged by its unit: a rate (units per time: MB/s, Mbit/s, Mflops,
 * tup/s, IOPS) or a score is better higher, a time (s, ms, µs, cycles) better lower. Failing that,
 * words in the metric's name (time, latency / rate, throughput, bandwidth) decide; otherwise
 * higher is assumed and the report says so.
 */
public final class MetricDirections {

    private static final Map<String, Double> SECONDS = Map.ofEntries(Map.entry("s", 1.0), Map.entry("sec", 1.0),
            Map.entry("secs", 1.0), Map.entry("second", 1.0), Map.entry("seconds", 1.0), Map.entry("ms", 1e-3),
            Map.entry("msec", 1e-3), Map.entry("us", 1e-6), Map.entry("µs", 1e-6), Map.entry("μs", 1e-6),
            Map.entry("usec", 1e-6), Map.entry("ns", 1e-9), Map.entry("nsec", 1e-9), Map.entry("min", 60.0),
            Map.entry("h", 3600.0));
    private static final Set<String> LOWER_NON_TIME = Set.of("cycles", "cycle");
    private static final Set<String> HIGHER_NON_RATE = Set.of("score", "points", "clients", "ops");
    /** Bytes of a byte-rate unit's numerator, case kept: "Mb/s" is megabits, "MB/s" megabytes. */
    private static final Map<String, Double> BYTES = Map.of("B", 1.0, "kB", 1e3, "KB", 1e3, "KiB", 1024.0,
            "MB", 1e6, "MiB", 1048576.0, "GB", 1e9, "GiB", 1073741824.0);

    private final BenchmarkCatalog catalog;

    public MetricDirections(BenchmarkCatalog catalog) {
        this.catalog = catalog;
    }

    public Direction of(String benchmark, String metric, String unit) {
        Optional<Boolean> known = catalog.find(benchmark).flatMap(b -> b.metric(metric)).map(m -> m.higherIsBetter());
        if (known.isPresent()) {
            return new Direction(known.get(), Direction.Basis.CATALOG);
        }
        String u = norm(unit);
        if (isRate(unit) || HIGHER_NON_RATE.contains(u)) {
            return new Direction(true, Direction.Basis.UNIT);
        }
        if (secondsPer(unit).isPresent() || LOWER_NON_TIME.contains(u)) {
            return new Direction(false, Direction.Basis.UNIT);
        }
        String name = metric.toLowerCase(Locale.ROOT);
        if (name.matches(".*(time|latency|elapsed|duration|delay).*")) {
            return new Direction(false, Direction.Basis.METRIC_NAME);
        }
        if (name.matches(".*(rate|throughput|bandwidth|speed|flops).*")) {
            return new Direction(true, Direction.Basis.METRIC_NAME);
        }
        return new Direction(true, Direction.Basis.ASSUMED);
    }

    /** Units per time: the values whose harmonic mean is meaningful. */
    public static boolean isRate(String unit) {
        String u = norm(unit);
        return u.contains("/s") || u.contains("/sec") || u.contains("flops") || u.endsWith("ps") || u.equals("iops");
    }

    /** How many seconds one of this unit is, when it is a time unit. */
    public static OptionalDouble secondsPer(String unit) {
        Double s = SECONDS.get(norm(unit));
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** Bytes per second for one of this unit, when it is a byte rate such as MB/s or GiB/s. */
    public static OptionalDouble bytesPerSecond(String unit) {
        String u = unit == null ? "" : unit.strip().replace(" ", "");
        int slash = u.indexOf("/s");
        if (slash <= 0) {
            return OptionalDouble.empty();
        }
        Double b = BYTES.get(u.substring(0, slash));
        return b == null ? OptionalDouble.empty() : OptionalDouble.of(b);
    }

    private static String norm(String unit) {
        return unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
