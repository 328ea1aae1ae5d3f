package org.virtimpact.core.bench;

/** A figure a benchmark reports: its name, unit, and which direction is better. */
public record MetricDef(String name, String title, String unit, boolean higherIsBetter) {
}
