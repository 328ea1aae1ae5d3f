package org.virtimpact.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.virtimpact.chart.ChartQuery;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.stats.CellKey;

/**
 * The charts a set of results can make, in the order the workbench lists them: devices in
 * {@link Device} order, each device's metrics in its benchmarks' own order, so the first one is
 * the figure a results tab opens with.
 */
final class MetricMenu {

    private final BenchmarkCatalog catalog;

    MetricMenu(BenchmarkCatalog catalog) {
        this.catalog = catalog;
    }

    static boolean matches(CellKey key, ChartQuery query) {
        return key.device().equals(query.device()) && key.benchmark().equals(query.benchmark())
                && key.metric().equals(query.metric().name());
    }

    List<ChartQuery> chosen(Set<CellKey> cells, ChartSelection selection) {
        Map<String, List<ChartQuery>> byDevice = byDevice(cells);
        return switch (selection.mode()) {
            case HEADLINE_PER_DEVICE -> byDevice.values().stream().map(list -> list.get(0)).toList();
            case ALL_METRICS -> byDevice.values().stream().flatMap(List::stream).toList();
            // A pick without results (a metric that vanished since the tab was drawn) has nothing to draw.
            case PICKED -> selection.picks().stream().flatMap(p -> byDevice.getOrDefault(p.device(), List.of()).stream()
                    .filter(q -> q.benchmark().equals(p.benchmark()) && q.metric().name().equals(p.metric()))
                    .limit(1)).distinct().toList();
        };
    }

    List<ChartQuery> all(Set<CellKey> cells) {
        return byDevice(cells).values().stream().flatMap(List::stream).toList();
    }

    private Map<String, List<ChartQuery>> byDevice(Set<CellKey> cells) {
        Map<String, Set<ChartQuery>> found = new TreeMap<>(Comparator
                .comparingInt((String d) -> Device.fromText(d).ordinal()).thenComparing(d -> d));
        for (CellKey key : cells) {
            found.computeIfAbsent(key.device(), d -> new LinkedHashSet<>()).add(query(key));
        }
        Map<String, List<ChartQuery>> out = new LinkedHashMap<>();
        found.forEach((device, queries) -> out.put(device, inCatalogOrder(device, queries)));
        return out;
    }

    private ChartQuery query(CellKey key) {
        MetricDef def = catalog.find(key.benchmark()).flatMap(b -> b.metric(key.metric()))
                .orElseGet(() -> new MetricDef(key.metric(), key.metric(), key.unit(), true));
        return new ChartQuery(key.device(), key.benchmark(), def);
    }

    private List<ChartQuery> inCatalogOrder(String device, Set<ChartQuery> queries) {
        List<ChartQuery> ordered = new ArrayList<>();
        for (Benchmark b : catalog.all()) {
            for (MetricDef m : b.metrics()) {
                ChartQuery candidate = new ChartQuery(device, b.id(), m);
                if (queries.contains(candidate)) {
                    ordered.add(candidate);
                }
            }
        }
        queries.stream().filter(q -> !ordered.contains(q)).forEach(ordered::add);
        return ordered;
    }
}
