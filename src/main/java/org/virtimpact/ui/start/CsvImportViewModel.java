package org.virtimpact.ui.start;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.virtimpact.core.results.ImportException;
import org.virtimpact.core.results.LongCsvImporter;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Dialogs;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * A results CSV dropped on the window: imported into the open campaign as {@code virtimpact
 * import} does. Every row is checked first; one bad row and nothing is written, and the person
 * sees every problem with its line number.
 */
public final class CsvImportViewModel {

    /** The first problems are enough to start fixing; the rest are counted. */
    static final int PROBLEMS_SHOWN = 30;

    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);

    private final LongCsvImporter importer;
    private final ObservableValue<OpenCampaign> campaign;
    private final ObservableBooleanValue running;
    private final Background background;
    private final Dialogs dialogs;
    private final Texts texts;
    private final BiConsumer<Path, String> reopen;
    private final Consumer<String> status;

    /**
     * @param running true during a run, which appends to the same results file
     * @param reopen  opens the campaign again, so its results include what was imported, and then
     *                shows the message in the status line
     * @param status  the workbench's status line
     */
    public CsvImportViewModel(LongCsvImporter importer, ObservableValue<OpenCampaign> campaign,
                              ObservableBooleanValue running, Background background, Dialogs dialogs, Texts texts,
                              BiConsumer<Path, String> reopen, Consumer<String> status) {
        this.importer = importer;
        this.campaign = campaign;
        this.running = running;
        this.background = background;
        this.dialogs = dialogs;
        this.texts = texts;
        this.reopen = reopen;
        this.status = status;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** Whether a drop of these files would be taken: one .csv, a campaign open, no run or import going on. */
    public boolean accepts(List<Path> files) {
        return files.size() == 1 && files.get(0).getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                && campaign.getValue() != null && !running.get() && !importing.get();
    }

    /** The campaign the drop would go into, for the hint shown while dragging. */
    public String target() {
        OpenCampaign open = campaign.getValue();
        return open == null ? "" : open.campaign().name();
    }

    public void importCsv(Path csv) {
        OpenCampaign open = campaign.getValue();
        if (open == null) {
            dialogs.error(texts.get("import.noCampaign"), texts.get("import.noCampaign.details"));
            return;
        }
        if (!accepts(List.of(csv))) {
            return;
        }
        importing.set(true);
        status.accept(texts.get("import.running", csv.getFileName()));
        background.submit(() -> importer.importInto(open.dir(), csv), done -> {
            importing.set(false);
            reopen.accept(open.dir(), texts.get("import.done", done.runs().size(), done.summaries().size(),
                    csv.getFileName()));
        }, e -> {
            importing.set(false);
            status.accept(texts.get("import.failed.status", csv.getFileName()));
            if (e instanceof ImportException problems) {
                dialogs.error(texts.get("import.failed", csv.getFileName(), problems.problems().size()),
                        texts.get("import.failed.details") + "\n\n" + list(problems.explanations().stream()
                                .map(texts.words()::text).toList()));
            } else {
                dialogs.error(texts.get("import.failed", csv.getFileName(), 1), texts.explain(e));
            }
        });
    }

    private String list(List<String> problems) {
        String shown = problems.stream().limit(PROBLEMS_SHOWN).map(p -> "\u2022 " + p)
                .collect(Collectors.joining("\n"));
        return problems.size() > PROBLEMS_SHOWN
                ? shown + "\n" + texts.get("import.more", problems.size() - PROBLEMS_SHOWN) : shown;
    }
}
