package org.virtimpact.ui.results;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.results.PublishedSummary;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Texts;

/**
 * The panel beside a chart that shows what stands behind a bar: its runs, and the raw output of
 * the one selected, read from the campaign's {@code raw/} folder in the background.
 */
public final class RunsViewModel {

    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();
    private final ObservableList<RunEntry> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper command = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stdout = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stderr = new ReadOnlyStringWrapper("");
    private final ObjectProperty<RunEntry> selected = new SimpleObjectProperty<>();

    private final Background background;
    private final Texts texts;
    private final Function<CellKey, CellRuns> lookup;
    private final Supplier<Optional<Path>> campaignDir;
    private final RawOutputs raw;
    private long generation;

    /**
     * @param lookup      the runs of a cell; called off the FX thread
     * @param campaignDir the open campaign's folder, where {@code raw/} is
     */
    public RunsViewModel(Background background, Texts texts, Function<CellKey, CellRuns> lookup,
                         Supplier<Optional<Path>> campaignDir) {
        this.background = background;
        this.texts = texts;
        this.raw = new RawOutputs(texts);
        this.lookup = lookup;
        this.campaignDir = campaignDir;
        selected.addListener((obs, old, now) -> loadOutput(now));
    }

    public ObservableList<RunEntry> runs() {
        return runsView;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Which bar: environment and matrix values. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why there is nothing to list (a published mean), or what went wrong reading the files. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty commandProperty() {
        return command.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stdoutProperty() {
        return stdout.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stderrProperty() {
        return stderr.getReadOnlyProperty();
    }

    public ObjectProperty<RunEntry> selectedProperty() {
        return selected;
    }

    public void show(CellKey key) {
        open.set(true);
        title.set(texts.get("runs.title", key.environment(), key.category()));
        message.set(texts.get("runs.loading"));
        runs.clear();
        selected.set(null);
        long mine = ++generation;
        background.submit(() -> lookup.apply(key), found -> {
            if (mine != generation) {
                return;
            }
            runs.setAll(found.samples().stream().sorted(Comparator.comparingInt(s -> s.repetition()))
                    .map(s -> new RunEntry(s.runId(), s.repetition(), s.timestamp(), s.value(), s.unit(), s.status()))
                    .toList());
            message.set(runs.isEmpty() ? found.published().map(this::publishedMessage)
                    .orElseGet(() -> texts.get("runs.none")) : "");
            if (!runs.isEmpty()) {
                selected.set(runs.get(0));
            }
        }, e -> message.set(texts.get("runs.failed", texts.explain(e))));
    }

    public void close() {
        generation++;
        open.set(false);
        runs.clear();
        selected.set(null);
    }

    private String publishedMessage(PublishedSummary p) {
        return texts.get("runs.published", p.source().isBlank() ? "?" : p.source());
    }

    private void loadOutput(RunEntry run) {
        command.set("");
        stdout.set("");
        stderr.set("");
        Optional<Path> dir = campaignDir.get();
        if (run == null || dir.isEmpty()) {
            return;
        }
        long mine = ++generation;
        background.submit(() -> raw.read(dir.get(), run.runId()), output -> {
            if (mine != generation) {
                return;
            }
            command.set(output.command());
            stdout.set(output.stdout());
            stderr.set(output.failure().isBlank() ? output.stderr() : output.failure() + "\n" + output.stderr());
            message.set(output.command().isBlank() && output.stdout().isBlank() && output.stderr().isBlank()
                    ? texts.get("runs.noRaw", run.runId()) : "");
        }, e -> message.set(texts.get("runs.failed", texts.explain(e))));
    }
}
