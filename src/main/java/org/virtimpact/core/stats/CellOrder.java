package org.virtimpact.core.stats;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;
import org.virtimpact.core.bench.Sizes;

/**
 * Orders matrix cells as a reader expects: 8M before 32M before 1G, 100 before 1000, text
 * alphabetically. Randomized runs meet cells in any order, so first-seen order would shuffle charts.
 */
public final class CellOrder implements Comparator<Map<String, String>> {

    @Override
    public int compare(Map<String, String> a, Map<String, String> b) {
        Iterator<Map.Entry<String, String>> ia = new java.util.TreeMap<>(a).entrySet().iterator();
        Iterator<Map.Entry<String, String>> ib = new java.util.TreeMap<>(b).entrySet().iterator();
        while (ia.hasNext() && ib.hasNext()) {
            Map.Entry<String, String> ea = ia.next();
            Map.Entry<String, String> eb = ib.next();
            int byAxis = ea.getKey().compareTo(eb.getKey());
            if (byAxis != 0) {
                return byAxis;
            }
            int byValue = compareValues(ea.getValue(), eb.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(ia.hasNext(), ib.hasNext());
    }

    static int compareValues(String a, String b) {
        OptionalLong na = magnitude(a);
        OptionalLong nb = magnitude(b);
        if (na.isPresent() && nb.isPresent() && na.getAsLong() != nb.getAsLong()) {
            return Long.compare(na.getAsLong(), nb.getAsLong());
        }
        if (na.isPresent() != nb.isPresent()) {
            return na.isPresent() ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static OptionalLong magnitude(String value) {
        // Words (a kernel, a test, an operation) are told apart before parsing: a failed parse
        // throws, and the workbench sorts a chart's categories at every redraw.
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Sizes.parseBytes(value));
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }
}
