package org.virtimpact.ui.campaign;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.campaign.BenchmarkSpec;

/**
 * One benchmark of the matrix: its axes, each an {@link AxisEditor}, and the fixed options it
 * runs with (shown, edited in campaign.json).
 *
 * @see MatrixEditorViewModel
 */
public final class BenchmarkEditor {

    private final ObservableList<AxisEditor> axes = FXCollections.observableArrayList();
    private final ObservableList<AxisEditor> axesView = FXCollections.unmodifiableObservableList(axes);
    private final String id;
    private final String title;
    private final String device;
    private final String problem;
    private final Supplier<BenchmarkSpec> spec;
    private final Runnable remove;

    /**
     * @param problem why the benchmark can't run at all (unknown to this build), else empty
     * @param remove  takes the benchmark out of the matrix
     */
    BenchmarkEditor(String id, String title, String device, String problem, Supplier<BenchmarkSpec> spec,
                    List<AxisEditor> axes, Runnable remove) {
        this.id = id;
        this.title = title;
        this.device = device;
        this.problem = problem;
        this.spec = spec;
        this.remove = remove;
        this.axes.setAll(axes);
    }

    public String id() {
        return id;
    }

    /** The benchmark's own title, e.g. "dd sequential write and read". */
    public String title() {
        return title;
    }

    /** Disk, Network, Memory, CPU: the results tab its charts appear in. */
    public String device() {
        return device;
    }

    public String problem() {
        return problem;
    }

    public ObservableList<AxisEditor> axes() {
        return axesView;
    }

    /** The fixed options, as {@code ntimes 10, direct 1}; empty when there are none. */
    public String options() {
        Map<String, String> options = spec.get().options();
        return options.entrySet().stream().map(o -> o.getKey() + " " + o.getValue())
                .collect(Collectors.joining(", "));
    }

    public void remove() {
        remove.run();
    }

    /** Axis names in order, to tell whether the draft's spec still fits these editors. */
    List<String> axisNames() {
        return axes.stream().map(AxisEditor::name).toList();
    }

    void refresh() {
        axes.forEach(AxisEditor::refresh);
    }
}
