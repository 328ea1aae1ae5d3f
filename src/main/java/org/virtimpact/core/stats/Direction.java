package org.virtimpact.core.stats;

/**
 * Which way is better for a metric, and how that was decided: from the benchmark's own metric
 * definition, or (for imported rows of metrics this build does not know) from the unit or the
 * metric's name, or assumed when nothing tells.
 */
public record Direction(boolean higherIsBetter, Basis basis) {

    public enum Basis { CATALOG, UNIT, METRIC_NAME, ASSUMED }

    public boolean assumed() {
        return basis == Basis.ASSUMED;
    }
}
