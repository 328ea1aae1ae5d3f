package org.virtimpact.core.results;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable axes map without empty values, shared by every row of one cell when a large
 * results file is read: {@link Sample} keeps it as it is instead of copying it per row, which
 * saves a map per row on a million-row file.
 */
final class SharedAxes extends AbstractMap<String, String> {

    private final Map<String, String> entries;
    /** Kept: every row of a cell is grouped by its axes, and a map's hash walks all its entries. */
    private final int hash;

    SharedAxes(Map<String, String> axes) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        axes.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(k, v);
            }
        });
        entries = Collections.unmodifiableMap(copy);
        hash = entries.hashCode();
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return entries.entrySet();
    }

    @Override
    public String get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }
}
