package org.virtimpact.ui.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.bench.Sizes;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.ui.ListEdits;
import org.virtimpact.ui.Texts;

/**
 * One axis of one benchmark as an editable list: its values, each with what is wrong with it (if
 * the file was written by hand), and the value being typed, refused with the benchmark's reason
 * before it can join the list.
 */
public final class AxisEditor {

    /** Axes whose values are byte sizes in the standard benchmarks, even when written without a unit. */
    private static final Set<String> SIZE_AXES = Set.of("size", "block", "bs", "length", "message", "array");

    /** One value and what the benchmark says about it; {@code problem} is empty for a good value. */
    public record AxisValue(String text, String problem, String meaning) {
    }

    /** Applies an edit to this axis's benchmark in the draft; returns the refusal, if any. */
    interface SpecEdit {
        Optional<String> apply(String label, UnaryOperator<BenchmarkSpec> change);
    }

    private final ObservableList<AxisValue> values = FXCollections.observableArrayList();
    private final ObservableList<AxisValue> valuesView = FXCollections.unmodifiableObservableList(values);
    private final StringProperty pending = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(false);

    private final String name;
    private final boolean sized;
    private final Supplier<BenchmarkSpec> spec;
    private final SpecEdit edit;
    private final MatrixChecks checks;
    private final Texts texts;

    AxisEditor(String name, Supplier<BenchmarkSpec> spec, SpecEdit edit, MatrixChecks checks, Texts texts) {
        this.name = name;
        this.spec = spec;
        this.edit = edit;
        this.checks = checks;
        this.texts = texts;
        this.sized = SIZE_AXES.contains(name)
                || spec.get().axes().getOrDefault(name, List.of()).stream()
                .anyMatch(v -> v.matches("\\d+\\s*[A-Za-z]+"));
        pending.addListener((obs, old, text) -> check());
        refresh();
    }

    public String name() {
        return name;
    }

    /** True when the values are byte sizes, so the view can hint at the units. */
    public boolean sized() {
        return sized;
    }

    public ObservableList<AxisValue> values() {
        return valuesView;
    }

    /** The value being typed; checked on every change. */
    public StringProperty pendingProperty() {
        return pending;
    }

    /** Why the value being typed would be refused; empty when it can be added (or nothing is typed). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    /** Adds the typed value at the end of the axis; a refused value stays in the field with its reason. */
    public boolean add() {
        String value = pending.get() == null ? "" : pending.get().strip();
        check();
        if (!canAdd.get()) {
            return false;
        }
        Optional<String> refused = edit.apply(texts.get("matrix.undo.add", value, spec.get().benchmark(), name),
                s -> {
                    List<String> now = new ArrayList<>(s.axes().getOrDefault(name, List.of()));
                    now.add(value);
                    return MatrixChecks.with(s, name, now);
                });
        refused.ifPresentOrElse(problem::set, () -> pending.set(""));
        return refused.isEmpty();
    }

    /** An axis keeps at least one value: without one its benchmark makes no cell at all. */
    public boolean remove(String value) {
        List<String> now = new ArrayList<>(spec.get().axes().getOrDefault(name, List.of()));
        if (!now.contains(value)) {
            return false;
        }
        if (now.size() == 1) {
            problem.set(texts.get("matrix.lastValue", name));
            return false;
        }
        now.remove(value);
        return edit.apply(texts.get("matrix.undo.remove", value, spec.get().benchmark(), name),
                s -> MatrixChecks.with(s, name, now)).isEmpty();
    }

    /** The draft changed (an edit, an undo): show its values again and re-check what is typed. */
    void refresh() {
        BenchmarkSpec now = spec.get();
        List<AxisValue> shown = now.axes().getOrDefault(name, List.of()).stream().map(v -> new AxisValue(v,
                checks.problemOf(now, name, v).orElse(""), meaning(v))).toList();
        // a save that left this axis alone (a run recording its seed) must not build its chips again
        ListEdits.replace(values, shown);
        check();
    }

    private void check() {
        String value = pending.get() == null ? "" : pending.get().strip();
        if (value.isEmpty()) {
            problem.set("");
            canAdd.set(false);
            return;
        }
        Optional<String> refused = checks.refuse(spec.get(), name, value);
        problem.set(refused.orElse(""));
        canAdd.set(refused.isEmpty());
    }

    /** "128M" means 128 MiB: said once, in the tooltip, so nobody mistakes M for 10^6. */
    private String meaning(String value) {
        if (!sized) {
            return "";
        }
        try {
            long bytes = Sizes.parseBytes(value);
            return texts.get("matrix.bytes", bytes, Sizes.format(bytes));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
