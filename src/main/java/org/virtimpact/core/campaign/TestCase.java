package org.virtimpact.core.campaign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One cell of the matrix for one benchmark: one value per axis plus the spec's fixed options.
 */
public record TestCase(String benchmark, Map<String, String> params, Map<String, String> options) {

    public TestCase {
        Objects.requireNonNull(benchmark, "benchmark");
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public String param(String axis, String fallback) {
        return params.getOrDefault(axis, fallback);
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    /** Human-readable cell label such as {@code size=128M block=512}, also the chart category. */
    public String label() {
        if (params.isEmpty()) {
            return benchmark;
        }
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
