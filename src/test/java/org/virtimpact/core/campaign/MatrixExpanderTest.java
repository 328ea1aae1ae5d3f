package org.virtimpact.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixExpanderTest {

    private final MatrixExpander expander = new MatrixExpander();

    private static Map<String, List<String>> axes(Object... keyThenValues) {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        for (int i = 0; i < keyThenValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) keyThenValues[i + 1];
            axes.put((String) keyThenValues[i], values);
        }
        return axes;
    }

    @Test
    void expandsTheCartesianProductWithTheLastAxisVaryingFastest() {
        BenchmarkSpec spec = new BenchmarkSpec("dd",
                axes("size", List.of("1M", "2M", "4M"), "block", List.of("512", "4K")), Map.of());

        List<String> labels = expander.expand(spec).stream().map(TestCase::label).toList();

        assertEquals(List.of(
                "size=1M block=512", "size=1M block=4K",
                "size=2M block=512", "size=2M block=4K",
                "size=4M block=512", "size=4M block=4K"), labels);
    }

    @Test
    void keepsAxisOrderInsideEachCell() {
        BenchmarkSpec spec = new BenchmarkSpec("dd",
                axes("size", List.of("1M"), "block", List.of("512")), Map.of());

        assertEquals(List.of("size", "block"), List.copyOf(expander.expand(spec).get(0).params().keySet()));
    }

    @Test
    void refusesAnEmptyAxisNamingItAndTheBenchmark() {
        BenchmarkSpec spec = new BenchmarkSpec("dd",
                axes("size", List.of("1M"), "block", List.of()), Map.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> expander.expand(spec));
        assertTrue(e.getMessage().contains("'block'") && e.getMessage().contains("dd"), e.getMessage());
    }

    @Test
    void carriesTheSpecOptionsIntoEveryCell() {
        BenchmarkSpec spec = new BenchmarkSpec("membw",
                axes("array", List.of("1M", "2M")), Map.of("ntimes", "3"));

        List<TestCase> cases = expander.expand(spec);

        assertEquals(2, cases.size());
        cases.forEach(tc -> assertEquals(Map.of("ntimes", "3"), tc.options()));
        cases.forEach(tc -> assertEquals("membw", tc.benchmark()));
    }

    @Test
    void aSpecWithoutAxesIsOneCell() {
        List<TestCase> cases = expander.expand(new BenchmarkSpec("membw", Map.of(), Map.of()));

        assertEquals(1, cases.size());
        assertTrue(cases.get(0).params().isEmpty());
    }

    @Test
    void expandsACampaignBenchmarkByBenchmarkInOrder() {
        Campaign campaign = new Campaign("c", "", List.of(), List.of(
                new BenchmarkSpec("dd", axes("size", List.of("1M", "2M")), Map.of()),
                new BenchmarkSpec("membw", axes("array", List.of("1M")), Map.of())), null);

        List<String> benchmarks = expander.expand(campaign).stream().map(TestCase::benchmark).toList();

        assertEquals(List.of("dd", "dd", "membw"), benchmarks);
    }
}
