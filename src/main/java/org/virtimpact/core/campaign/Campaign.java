package org.virtimpact.core.campaign;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A study: which environments, which benchmark matrix, how many repetitions, and the researcher's
 * own wording of its conclusions, notes on charts and choice of comparison (all absent from older
 * files, which therefore still load).
 *
 * @param analysis how the environments were last compared; null reads as the defaults
 */
public record Campaign(String name, String description, List<Environment> environments,
                       List<BenchmarkSpec> benchmarks, Settings settings, List<Conclusion> conclusions,
                       List<Annotation> annotations, List<DeviceConclusion> deviceConclusions, Analysis analysis) {

    public Campaign {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        environments = environments == null ? List.of() : List.copyOf(environments);
        benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
        settings = settings == null ? Settings.defaults() : settings;
        conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        deviceConclusions = deviceConclusions == null ? List.of() : List.copyOf(deviceConclusions);
        long distinct = environments.stream().map(Environment::name).distinct().count();
        if (distinct != environments.size()) {
            throw new IllegalArgumentException("two environments have the same name; names must be unique");
        }
    }

    public Campaign(String name, String description, List<Environment> environments,
                    List<BenchmarkSpec> benchmarks, Settings settings) {
        this(name, description, environments, benchmarks, settings, List.of());
    }

    public Campaign(String name, String description, List<Environment> environments,
                    List<BenchmarkSpec> benchmarks, Settings settings, List<Conclusion> conclusions) {
        this(name, description, environments, benchmarks, settings, conclusions, List.of(), List.of(), null);
    }

    public Optional<Environment> environment(String envName) {
        return environments.stream().filter(e -> e.name().equals(envName)).findFirst();
    }

    public Campaign withSettings(Settings newSettings) {
        return new Campaign(name, description, environments, benchmarks, newSettings, conclusions, annotations,
                deviceConclusions, analysis);
    }

    public Campaign withBenchmarks(List<BenchmarkSpec> newBenchmarks) {
        return new Campaign(name, description, environments, newBenchmarks, settings, conclusions, annotations,
                deviceConclusions, analysis);
    }

    public Campaign withEnvironments(List<Environment> newEnvironments) {
        return new Campaign(name, description, newEnvironments, benchmarks, settings, conclusions, annotations,
                deviceConclusions, analysis);
    }

    public Campaign withConclusions(List<Conclusion> newConclusions) {
        return new Campaign(name, description, environments, benchmarks, settings, newConclusions, annotations,
                deviceConclusions, analysis);
    }

    public Campaign withAnnotations(List<Annotation> newAnnotations) {
        return new Campaign(name, description, environments, benchmarks, settings, conclusions, newAnnotations,
                deviceConclusions, analysis);
    }

    public Campaign withDeviceConclusions(List<DeviceConclusion> newDeviceConclusions) {
        return new Campaign(name, description, environments, benchmarks, settings, conclusions, annotations,
                newDeviceConclusions, analysis);
    }

    public Campaign withAnalysis(Analysis newAnalysis) {
        return new Campaign(name, description, environments, benchmarks, settings, conclusions, annotations,
                deviceConclusions, newAnalysis);
    }

    /** The comparison last chosen, or the defaults when none was saved. */
    public Analysis analysisOrDefaults() {
        return analysis == null ? Analysis.defaults() : analysis;
    }

    /** The researcher's conclusions about {@code device}, empty when none were written. */
    public String deviceConclusion(String device) {
        return deviceConclusions.stream().filter(d -> d.device().equals(device)).map(DeviceConclusion::text)
                .findFirst().orElse("");
    }
}
