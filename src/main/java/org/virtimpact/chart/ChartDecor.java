package org.virtimpact.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the workbench draws over a {@link ChartSpec} for the person looking at it, and that a
 * paper figure leaves out: a log value axis, a reference line (1 for ratios), another campaign's
 * values as marks beside the bars, and the researcher's notes on categories.
 *
 * @param marks      values of another campaign, drawn as a line across the matching bar
 * @param marksLabel legend entry for the marks, e.g. the other campaign's name
 * @param subtitle   replaces the line under the title, e.g. in the person's language
 */
public record ChartDecor(boolean logAxis, OptionalDouble referenceLine, List<Mark> marks, String marksLabel,
                         List<Note> notes, Optional<String> subtitle) {

    public ChartDecor {
        Objects.requireNonNull(referenceLine, "referenceLine");
        marks = List.copyOf(marks);
        marksLabel = marksLabel == null ? "" : marksLabel;
        notes = List.copyOf(notes);
        Objects.requireNonNull(subtitle, "subtitle");
    }

    /** One value of another campaign at the bar of {@code series} in {@code category}. */
    public record Mark(String series, String category, double value) {
        public Mark {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(category, "category");
        }
    }

    /** A badge over {@code category}, e.g. "✎ 1", pointing to a note listed beside the chart. */
    public record Note(String category, String label) {
        public Note {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The figure as exported: nothing added. */
    public static ChartDecor none() {
        return new ChartDecor(false, OptionalDouble.empty(), List.of(), "", List.of(), Optional.empty());
    }

    public boolean isNone() {
        return equals(none());
    }
}
