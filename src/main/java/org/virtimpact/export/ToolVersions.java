package org.virtimpact.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.text.Words;

/**
 * Which tool made a figure, and its version on each environment, from the facts each target
 * reported before its runs ({@code hosts/ENV.json}). A tool the project compiles on the target
 * has no version of its own, so the compiler that built it stands in.
 */
final class ToolVersions {

    private final BenchmarkCatalog catalog;
    private final Map<String, Map<String, String>> facts;
    private final Words words;

    ToolVersions(BenchmarkCatalog catalog, Map<String, Map<String, String>> facts, Words words) {
        this.catalog = catalog;
        this.facts = Map.copyOf(facts);
        this.words = words;
    }

    /** "dd, version dd (coreutils) 9.1", naming environments only where versions differ. */
    String describe(String benchmark, List<String> environments) {
        boolean built = catalog.find(benchmark).map(b -> !b.agents().isEmpty()).orElse(false);
        Map<String, String> byEnv = new LinkedHashMap<>();
        for (String env : environments) {
            Map<String, String> known = facts.getOrDefault(env, Map.of());
            String version = first(known, benchmark, benchmark + "_version");
            if (version.isEmpty() && built) {
                version = first(known, "compiler");
            }
            if (!version.isEmpty()) {
                byEnv.put(env, version);
            }
        }
        if (byEnv.isEmpty()) {
            return benchmark;
        }
        String versions = byEnv.values().stream().distinct().count() == 1 && byEnv.size() == environments.size()
                ? byEnv.values().iterator().next()
                : byEnv.entrySet().stream().map(e -> words.text(Message.of("figure.tool.on", "{0} on {1}",
                        e.getValue(), e.getKey()))).collect(Collectors.joining("; "));
        return built ? words.text(Message.of("figure.tool.built", "{0}, built with {1}", benchmark, versions))
                : words.text(Message.of("figure.tool.version", "{0}, version {1}", benchmark, versions));
    }

    private static String first(Map<String, String> known, String... keys) {
        for (String key : keys) {
            String value = known.getOrDefault(key, "").strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
