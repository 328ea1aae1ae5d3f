package org.virtimpact.core.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.bench.dd.DdBenchmark;
import org.virtimpact.core.bench.fio.FioBenchmark;
import org.virtimpact.core.bench.iperf3.Iperf3Benchmark;
import org.virtimpact.core.bench.linpack.LinpackBenchmark;
import org.virtimpact.core.bench.linpackc.LinpackcBenchmark;
import org.virtimpact.core.bench.membw.MembwBenchmark;
import org.virtimpact.core.bench.netperf.NetperfBenchmark;
import org.virtimpact.core.bench.stream.StreamBenchmark;

/** The benchmarks this build knows, by id. */
public final class BenchmarkCatalog {

    private final Map<String, Benchmark> byId = new LinkedHashMap<>();

    public BenchmarkCatalog(List<Benchmark> benchmarks) {
        benchmarks.forEach(b -> byId.put(b.id(), b));
    }

    public static BenchmarkCatalog standard() {
        return new BenchmarkCatalog(List.of(new DdBenchmark(), new MembwBenchmark(), new LinpackBenchmark(),
                new StreamBenchmark(), new LinpackcBenchmark(),
                new Iperf3Benchmark(), new FioBenchmark(), new NetperfBenchmark()));
    }

    public Optional<Benchmark> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Benchmark get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown benchmark '" + id + "'; known: " + String.join(", ", byId.keySet())));
    }

    public List<Benchmark> all() {
        return List.copyOf(byId.values());
    }
}
