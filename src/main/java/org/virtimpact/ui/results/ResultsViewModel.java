package org.virtimpact.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.bench.MetricDef;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.Summaries;
import org.virtimpact.core.stats.Summary;
import org.virtimpact.ui.Background;

/**
 * The results of the open campaign, one {@link DeviceResultsViewModel} per device found in them.
 * Summaries are computed in the background from a snapshot; when several are in flight, only the
 * newest is shown, so a slow early one can't overwrite a later one.
 */
public final class ResultsViewModel {

    private final ObservableList<DeviceResultsViewModel> devices = FXCollections.observableArrayList();
    // Wrappers are kept in fields: one listens only weakly to its list, so a wrapper made per
    // call could be collected together with the listeners a view added to it.
    private final ObservableList<DeviceResultsViewModel> devicesView =
            FXCollections.unmodifiableObservableList(devices);
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper sampleCount = new ReadOnlyIntegerWrapper(0);

    private final BenchmarkCatalog catalog;
    private final Background background;
    private final Summaries summaries = new Summaries(Summary.DEFAULT_CONFIDENCE);
    private final Object lock = new Object();
    private final List<Sample> samples = new ArrayList<>();
    private List<String> environments = List.of();
    private long submitted;
    private long shown;

    public ResultsViewModel(BenchmarkCatalog catalog, Background background) {
        this.catalog = catalog;
        this.background = background;
    }

    /** One entry per device with results, in the order of {@link Device}: Network, Disk, Memory, CPU. */
    public ObservableList<DeviceResultsViewModel> devices() {
        return devicesView;
    }

    /** Why the latest results could not be summarised; empty when all is well. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty sampleCountProperty() {
        return sampleCount.getReadOnlyProperty();
    }

    /** Replaces everything with the results of a newly opened campaign. Call on the FX thread. */
    public void show(List<String> campaignEnvironments, ResultSet results) {
        synchronized (lock) {
            environments = List.copyOf(campaignEnvironments);
            samples.clear();
            samples.addAll(results.samples());
            // Summaries still in flight belong to the previous campaign: drop them when they land.
            shown = submitted;
        }
        devices.clear();
        warnings.set("");
        refresh();
    }

    /** Adds samples measured during a run. May be called from any thread. */
    public void offer(List<Sample> batch) {
        synchronized (lock) {
            samples.addAll(batch);
        }
        refresh();
    }

    private void refresh() {
        long generation;
        List<Sample> snapshot;
        List<String> envs;
        synchronized (lock) {
            generation = ++submitted;
            snapshot = List.copyOf(samples);
            envs = environments;
        }
        background.submit(() -> summarise(snapshot, envs), s -> show(generation, s),
                e -> warnings.set("Could not summarise the results: " + e.getMessage()));
    }

    /** A summarised snapshot: the cells, and the metric menu of each device. */
    record Summarised(int samples, List<String> environments, Map<CellKey, Summary> cells,
                      Map<String, List<MetricOption>> metricsByDevice) {
    }

    Summarised summarise(List<Sample> snapshot, List<String> envs) {
        Map<CellKey, Summary> cells = summaries.byCell(new ResultSet(snapshot, List.of()));
        Map<String, Set<MetricOption>> found = new TreeMap<>(Comparator
                .comparingInt((String d) -> Device.fromText(d).ordinal()).thenComparing(d -> d));
        for (CellKey key : cells.keySet()) {
            found.computeIfAbsent(key.device(), d -> new LinkedHashSet<>()).add(option(key));
        }
        Map<String, List<MetricOption>> menus = new LinkedHashMap<>();
        found.forEach((device, options) -> menus.put(device, inCatalogOrder(options)));
        return new Summarised(snapshot.size(), envs, cells, menus);
    }

    private MetricOption option(CellKey key) {
        MetricDef def = catalog.find(key.benchmark()).flatMap(b -> b.metric(key.metric()))
                .orElseGet(() -> new MetricDef(key.metric(), key.metric(), key.unit(), true));
        return new MetricOption(key.benchmark(), def);
    }

    /** The benchmark's own order of metrics, so the default is its headline figure. */
    private List<MetricOption> inCatalogOrder(Set<MetricOption> options) {
        List<MetricOption> ordered = new ArrayList<>();
        for (Benchmark b : catalog.all()) {
            for (MetricDef m : b.metrics()) {
                MetricOption candidate = new MetricOption(b.id(), m);
                if (options.contains(candidate)) {
                    ordered.add(candidate);
                }
            }
        }
        options.stream().filter(o -> !ordered.contains(o)).forEach(ordered::add);
        return ordered;
    }

    private void show(long generation, Summarised summarised) {
        if (generation <= shown) {
            return;
        }
        shown = generation;
        sampleCount.set(summarised.samples());
        int index = 0;
        for (Map.Entry<String, List<MetricOption>> entry : summarised.metricsByDevice().entrySet()) {
            DeviceResultsViewModel tab = tabFor(entry.getKey(), index);
            tab.update(entry.getValue(), summarised.cells(), summarised.environments());
            index++;
        }
    }

    /** The tab of a device, created in place the first time, so existing tabs keep their state. */
    private DeviceResultsViewModel tabFor(String device, int index) {
        for (DeviceResultsViewModel existing : devices) {
            if (existing.device().equals(device)) {
                return existing;
            }
        }
        DeviceResultsViewModel created = new DeviceResultsViewModel(device);
        devices.add(Math.min(index, devices.size()), created);
        return created;
    }
}
