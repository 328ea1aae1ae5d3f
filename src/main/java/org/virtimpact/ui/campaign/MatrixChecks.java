package org.virtimpact.ui.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.MatrixExpander;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.ui.Texts;

/**
 * Which axis values the benchmarks refuse, and why, in the benchmarks' own words: the editor asks
 * before a value joins an axis. A value is judged by the cells it would make with the values of
 * the other axes, so "45M" is refused as a message size only where a UDP test would send it.
 * Problems that those other values already have on their own are not held against the new one.
 */
final class MatrixChecks {

    private final BenchmarkCatalog catalog;
    private final MatrixExpander expander = new MatrixExpander();
    private final Texts texts;

    MatrixChecks(BenchmarkCatalog catalog, Texts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    /** Why {@code value} can't join {@code axis} of {@code spec}; empty when it can. */
    Optional<String> refuse(BenchmarkSpec spec, String axis, String value) {
        List<String> current = spec.axes().getOrDefault(axis, List.of());
        if (current.contains(value)) {
            return Optional.of(texts.get("matrix.duplicateValue", value, axis));
        }
        return newProblem(spec, axis, value, current);
    }

    /**
     * What is wrong with a value already in the matrix (a campaign.json written by hand): the
     * problems of its cells that the axis's other values don't have.
     */
    Optional<String> problemOf(BenchmarkSpec spec, String axis, String value) {
        List<String> others = new ArrayList<>(spec.axes().getOrDefault(axis, List.of()));
        others.remove(value);
        return newProblem(spec, axis, value, others);
    }

    /**
     * The problems {@code value} brings that {@code others} in its place would not. Without other
     * values, the benchmark's default values of that axis stand in for them; failing those too,
     * only a problem that names the value in quotes is held against it.
     */
    private Optional<String> newProblem(BenchmarkSpec spec, String axis, String value, List<String> others) {
        List<String> compared = others.isEmpty() ? defaults(spec.benchmark(), axis, value) : others;
        Map<String, String> problems = problems(with(spec, axis, List.of(value)));
        if (compared.isEmpty()) {
            problems.keySet().removeIf(p -> !p.contains("'" + value + "'"));
        } else {
            problems.keySet().removeAll(problems(with(spec, axis, compared)).keySet());
        }
        return problems.values().stream().findFirst();
    }

    private List<String> defaults(String benchmark, String axis, String value) {
        return catalog.find(benchmark).map(b -> b.defaultAxes().getOrDefault(axis, List.of())).orElse(List.of())
                .stream().filter(v -> !v.equals(value)).toList();
    }

    /**
     * Every problem of the spec's cells, as the planner would list them before a run: each one's
     * English, which stays the same whatever the language and so is what the comparisons above use,
     * mapped to its words in the person's language.
     */
    private Map<String, String> problems(BenchmarkSpec spec) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<Benchmark> benchmark = catalog.find(spec.benchmark());
        if (benchmark.isEmpty()) {
            problems.put(spec.benchmark(), texts.get("matrix.unknownBenchmark", spec.benchmark()));
            return problems;
        }
        try {
            for (TestCase cell : expander.expand(spec)) {
                benchmark.get().problems(cell).forEach(p -> problems.putIfAbsent(p.english(), texts.words().text(p)));
            }
        } catch (IllegalArgumentException e) {
            problems.putIfAbsent(e.getMessage(), texts.explain(e));
        }
        return problems;
    }

    static BenchmarkSpec with(BenchmarkSpec spec, String axis, List<String> values) {
        Map<String, List<String>> axes = new LinkedHashMap<>(spec.axes());
        axes.put(axis, values);
        return new BenchmarkSpec(spec.benchmark(), axes, spec.options());
    }
}
