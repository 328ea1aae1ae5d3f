package org.virtimpact.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The facts each environment reported about itself before its runs ({@code hosts/ENV.json}:
 * cpus, mem_total_kb, kernel, compiler, dd version, ...), by environment name. A file that can't
 * be read is reported, not fatal: the report is still worth having without it.
 */
public final class HostFacts {

    private final ObjectMapper mapper = new ObjectMapper();

    /** Facts by environment, and one sentence per unreadable file. */
    public record Loaded(Map<String, Map<String, String>> facts, List<String> problems) {
        public Loaded {
            facts = Map.copyOf(facts);
            problems = List.copyOf(problems);
        }
    }

    public Loaded load(Path hostsDir) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        List<String> problems = new java.util.ArrayList<>();
        if (!Files.isDirectory(hostsDir)) {
            return new Loaded(out, problems);
        }
        try (Stream<Path> files = Files.list(hostsDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    JsonNode doc = mapper.readTree(file.toFile());
                    Map<String, String> facts = new LinkedHashMap<>();
                    doc.path("facts").fields().forEachRemaining(e -> facts.put(e.getKey(), e.getValue().asText()));
                    out.put(doc.path("environment").asText(file.getFileName().toString()), facts);
                } catch (IOException e) {
                    problems.add(file + " could not be read (" + e.getMessage() + "); its environment is compared"
                            + " without host facts");
                }
            }
        } catch (IOException e) {
            problems.add(hostsDir + " could not be listed: " + e.getMessage());
        }
        return new Loaded(out, problems);
    }
}
