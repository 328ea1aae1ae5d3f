package org.virtimpact.core.campaign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One benchmark in the matrix: its axes (each a list of values as the researcher typed them,
 * e.g. {@code size: [128M, 256M]}) and fixed options. Values stay text here; the benchmark
 * validates and converts them, so the campaign file keeps what the person wrote.
 */
public record BenchmarkSpec(String benchmark, Map<String, List<String>> axes, Map<String, String> options) {

    public BenchmarkSpec {
        Objects.requireNonNull(benchmark, "benchmark");
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        if (axes != null) {
            axes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        axes = Collections.unmodifiableMap(copy);
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
}
