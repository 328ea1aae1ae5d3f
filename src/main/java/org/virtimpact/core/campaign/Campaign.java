package org.virtimpact.core.campaign;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A study: which environments, which benchmark matrix, how many repetitions, and the researcher's
 * own wording of its conclusions (absent from older files, which therefore still load).
 */
public record Campaign(String name, String description, List<Environment> environments,
                       List<BenchmarkSpec> benchmarks, Settings settings, List<Conclusion> conclusions) {

    public Campaign {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        environments = environments == null ? List.of() : List.copyOf(environments);
        benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
        settings = settings == null ? Settings.defaults() : settings;
        conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
        long distinct = environments.stream().map(Environment::name).distinct().count();
        if (distinct != environments.size()) {
            throw new IllegalArgumentException("two environments have the same name; names must be unique");
        }
    }

    public Campaign(String name, String description, List<Environment> environments,
                    List<BenchmarkSpec> benchmarks, Settings settings) {
        this(name, description, environments, benchmarks, settings, List.of());
    }

    public Optional<Environment> environment(String envName) {
        return environments.stream().filter(e -> e.name().equals(envName)).findFirst();
    }

    public Campaign withSettings(Settings newSettings) {
        return new Campaign(name, description, environments, benchmarks, newSettings, conclusions);
    }

    public Campaign withBenchmarks(List<BenchmarkSpec> newBenchmarks) {
        return new Campaign(name, description, environments, newBenchmarks, settings, conclusions);
    }

    public Campaign withEnvironments(List<Environment> newEnvironments) {
        return new Campaign(name, description, newEnvironments, benchmarks, settings, conclusions);
    }

    public Campaign withConclusions(List<Conclusion> newConclusions) {
        return new Campaign(name, description, environments, benchmarks, settings, newConclusions);
    }
}
