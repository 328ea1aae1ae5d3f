package org.virtimpact.core.bench;

import java.util.List;

/**
 * A benchmark whose description (id, title, device, metrics) is data given once, so each tool's
 * class holds only what differs: its axes, validation, command and parser.
 */
public abstract class DescribedBenchmark implements Benchmark {

    private final String id;
    private final String title;
    private final Device device;
    private final List<MetricDef> metrics;

    protected DescribedBenchmark(String id, String title, Device device, List<MetricDef> metrics) {
        this.id = id;
        this.title = title;
        this.device = device;
        this.metrics = List.copyOf(metrics);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Device device() {
        return device;
    }

    @Override
    public final List<MetricDef> metrics() {
        return metrics;
    }
}
