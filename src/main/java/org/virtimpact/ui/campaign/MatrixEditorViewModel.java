package org.virtimpact.ui.campaign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.ListEdits;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * The matrix editor: each benchmark with its axes as editable lists, adding and removing
 * benchmarks, the repetitions, and the number of runs and their estimated duration, which follow
 * every key stroke. Edits go into the {@link CampaignDraft}, where Undo finds them.
 *
 * <p>Repetitions, warm-ups and the run order are edited by its {@link SettingsEditor}.
 */
public final class MatrixEditorViewModel {

    private final ObservableList<BenchmarkEditor> benchmarks = FXCollections.observableArrayList();
    private final ObservableList<BenchmarkEditor> benchmarksView = FXCollections.unmodifiableObservableList(benchmarks);
    private final ObservableList<String> addable = FXCollections.observableArrayList();
    private final ObservableList<String> addableView = FXCollections.unmodifiableObservableList(addable);
    private final ReadOnlyLongWrapper runs = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper estimateBasis = new ReadOnlyStringWrapper("");

    private final CampaignDraft draft;
    private final BenchmarkCatalog catalog;
    private final Background background;
    private final Texts texts;
    private final MatrixChecks checks;
    private final SettingsEditor settings;
    private RunDurations durations = RunDurations.none();
    private Path durationsOf;
    /** What the estimate shown was made from. */
    private List<Object> counted = List.of();

    public MatrixEditorViewModel(CampaignDraft draft, BenchmarkCatalog catalog, Background background, Texts texts) {
        this.draft = draft;
        this.catalog = catalog;
        this.background = background;
        this.texts = texts;
        this.checks = new MatrixChecks(catalog, texts);
        this.settings = new SettingsEditor(draft, texts, this::count);
        draft.draftProperty().addListener((obs, old, now) -> show(now));
        show(draft.draftProperty().get());
    }

    public ObservableList<BenchmarkEditor> benchmarks() {
        return benchmarksView;
    }

    /** Benchmarks of this build not yet in the matrix, by id. */
    public ObservableList<String> addable() {
        return addableView;
    }

    /** Repetitions, warm-ups and order, as typed. */
    public SettingsEditor settings() {
        return settings;
    }

    /** Environments × cells × repetitions, counting the repetitions as typed. */
    public ReadOnlyLongProperty runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** "≈ 2 h 10 min"; empty when there is nothing to run. */
    public ReadOnlyStringProperty estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** What the estimate rests on: earlier runs of these cells, or rough figures. */
    public ReadOnlyStringProperty estimateBasisProperty() {
        return estimateBasis.getReadOnlyProperty();
    }

    public String title(String benchmarkId) {
        return catalog.find(benchmarkId).map(Benchmark::title).orElse(benchmarkId);
    }

    /** Adds a benchmark of the catalog with its default axes. */
    public void addBenchmark(String id) {
        catalog.find(id).ifPresent(b -> draft.apply(texts.get("matrix.undo.addBenchmark", id), c -> {
            List<BenchmarkSpec> specs = new ArrayList<>(c.benchmarks());
            specs.add(new BenchmarkSpec(id, new LinkedHashMap<>(b.defaultAxes()), null));
            return c.withBenchmarks(specs);
        }));
    }

    private void show(OpenCampaign open) {
        if (open == null) {
            benchmarks.clear();
            addable.clear();
            runs.set(0);
            estimate.set("");
            estimateBasis.set("");
            counted = List.of();
            return;
        }
        loadDurations(open.dir());
        List<BenchmarkSpec> specs = open.campaign().benchmarks();
        if (shape(specs).equals(benchmarks.stream().map(b -> b.id() + b.axisNames()).toList())) {
            benchmarks.forEach(BenchmarkEditor::refresh);
        } else {
            List<BenchmarkEditor> editors = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                editors.add(editor(i, specs.get(i)));
            }
            benchmarks.setAll(editors);
        }
        List<String> canAdd = catalog.all().stream().map(Benchmark::id)
                .filter(id -> specs.stream().noneMatch(s -> s.benchmark().equals(id))).toList();
        ListEdits.replace(addable, canAdd);
        settings.show(open);
        count();
    }

    private static List<String> shape(List<BenchmarkSpec> specs) {
        return specs.stream().map(s -> s.benchmark() + new ArrayList<>(s.axes().keySet())).toList();
    }

    private BenchmarkEditor editor(int index, BenchmarkSpec spec) {
        Supplier<BenchmarkSpec> current = () -> draft.draftProperty().get().campaign()
                .benchmarks().get(index);
        AxisEditor.SpecEdit edit = (label, change) -> draft.apply(label, c -> replace(c, index, change));
        List<AxisEditor> axes = spec.axes().keySet().stream()
                .map(axis -> new AxisEditor(axis, current, edit, checks, texts)).toList();
        Optional<Benchmark> known = catalog.find(spec.benchmark());
        return new BenchmarkEditor(spec.benchmark(), known.map(texts.words()::benchmark).orElse(spec.benchmark()),
                known.map(b -> texts.get("matrix.device." + b.device().name())).orElse(""),
                known.isPresent() ? "" : texts.get("matrix.unknownBenchmark", spec.benchmark()), current, axes,
                () -> draft.apply(texts.get("matrix.undo.removeBenchmark", spec.benchmark()), c -> {
                    List<BenchmarkSpec> specs = new ArrayList<>(c.benchmarks());
                    specs.remove(index);
                    return c.withBenchmarks(specs);
                }));
    }

    private static Campaign replace(Campaign c, int index, UnaryOperator<BenchmarkSpec> change) {
        List<BenchmarkSpec> specs = new ArrayList<>(c.benchmarks());
        specs.set(index, change.apply(specs.get(index)));
        return c.withBenchmarks(specs);
    }

    /** A run has left new durations in raw/: read them again. */
    public void reloadDurations() {
        durationsOf = null;
        OpenCampaign open = draft.draftProperty().get();
        if (open != null) {
            loadDurations(open.dir());
        }
    }

    /** Earlier durations are read once per campaign folder, off the FX thread. */
    private void loadDurations(Path dir) {
        if (dir.equals(durationsOf)) {
            return;
        }
        durationsOf = dir;
        durations = RunDurations.none();
        background.submit(() -> RunDurations.read(dir), read -> {
            if (dir.equals(durationsOf)) {
                durations = read;
                count();
            }
        }, e -> {
            // The estimate falls back to rough figures; nothing to tell the person.
        });
    }

    private void count() {
        OpenCampaign open = draft.draftProperty().get();
        if (open == null) {
            return;
        }
        Settings typed = settings.typed(open.campaign().settings());
        List<Object> inputs = List.of(open.campaign().benchmarks(), open.campaign().environments(), typed, durations);
        // a run saves the campaign as it starts; expanding an unchanged matrix again would only slow that moment
        if (inputs.equals(counted)) {
            return;
        }
        counted = inputs;
        RunEstimate e = RunEstimate.of(open.campaign(), typed, durations);
        runs.set(e.runs());
        estimate.set(e.runs() == 0 ? "" : texts.get("matrix.estimate", DurationText.format(e.duration(), texts)));
        estimateBasis.set(e.runs() == 0 ? "" : e.measured() ? texts.get("matrix.estimate.measured")
                : e.measuredCells() == 0 ? texts.get("matrix.estimate.rough")
                : texts.get("matrix.estimate.partly", e.measuredCells(), e.cells()));
    }
}
