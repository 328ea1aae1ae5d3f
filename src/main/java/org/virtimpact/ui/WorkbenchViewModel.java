package org.virtimpact.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.PublishedCsv;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.ui.campaign.CampaignViewModel;
import org.virtimpact.ui.results.ResultsViewModel;
import org.virtimpact.ui.run.RunViewModel;

/**
 * The window as a whole: which campaign is open, and opening another. Reading the folder happens
 * in the background; the feature view models are then told what to show.
 */
public final class WorkbenchViewModel {

    static final String APP_NAME = "VirtImpact";

    private final ReadOnlyObjectWrapper<OpenCampaign> campaign = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(APP_NAME);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    private final CampaignStore store;
    private final ResultsFolder folder;
    private final Background background;
    private final Dialogs dialogs;
    private final CampaignViewModel campaignPane;
    private final RunViewModel run;
    private final ResultsViewModel results;
    private final Texts texts;
    private final BooleanBinding canOpen;
    /** Said after the next opening, e.g. what an import added before the campaign was read again. */
    private String afterOpening = "";
    /** Edits not saved yet, laid over the next opening (a window built again in another language). */
    private Optional<Campaign> unsavedEdits = Optional.empty();

    public WorkbenchViewModel(CampaignStore store, CsvResults csv, Background background, Dialogs dialogs,
                              CampaignViewModel campaignPane, RunViewModel run, ResultsViewModel results,
                              Texts texts) {
        this.store = store;
        // published.csv too, so imported and published summaries show beside the runs
        this.folder = new ResultsFolder(csv, new PublishedCsv());
        this.background = background;
        this.dialogs = dialogs;
        this.campaignPane = campaignPane;
        this.run = run;
        this.results = results;
        this.texts = texts;
        canOpen = run.runningProperty().or(loading).not();
        results.warningsProperty().addListener((obs, old, warning) -> {
            if (!warning.isEmpty()) {
                run.showStatus(warning);
            }
        });
    }

    public ReadOnlyObjectProperty<OpenCampaign> campaignProperty() {
        return campaign.getReadOnlyProperty();
    }

    /** "VirtImpact — campaign name", for the window title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Opening is refused during a run: the run writes into the open campaign's folder. */
    public BooleanBinding canOpenBinding() {
        return canOpen;
    }

    public boolean canOpen() {
        return canOpen.get();
    }

    public void open(Path dir) {
        if (!canOpen() || !campaignPane.mayLeave(dir)) {
            return;
        }
        loading.set(true);
        run.showStatus(texts.get("workbench.opening", dir));
        background.submit(() -> read(dir), this::show, e -> failed(dir, e));
    }

    /** Opens {@code dir} (again) and then says {@code message} before the usual status. */
    public void open(Path dir, String message) {
        afterOpening = message;
        open(dir);
    }

    /** Opens {@code dir} and lays {@code unsaved} edits over what is on disk, then says {@code message}. */
    public void open(Path dir, String message, Optional<Campaign> unsaved) {
        unsavedEdits = unsaved;
        open(dir, message);
    }

    /** Shown when no campaign was found at start. */
    public void noCampaign() {
        run.showStatus(texts.get("workbench.noCampaign"));
    }

    private record Loaded(OpenCampaign campaign, ResultSet results, Optional<String> resultsProblem) {
    }

    private Loaded read(Path dir) throws CampaignException {
        Campaign loaded = store.load(dir);
        // A record's first hashCode links the code Java generates for it, 25 ms once when the JVM
        // is young; a run's first save hashed the campaign's records on the FX thread. Hashing the
        // whole campaign here pays that on this worker (each record's equals is linked apart, at its
        // first comparison).
        loaded.hashCode();
        OpenCampaign open = new OpenCampaign(dir, loaded);
        try {
            return new Loaded(open, folder.load(dir), Optional.empty());
        } catch (ResultsException e) {
            // The campaign is still worth showing; its results file needs the person's attention.
            return new Loaded(open, ResultSet.empty(), Optional.of(texts.explain(e)));
        }
    }

    private void show(Loaded loaded) {
        loading.set(false);
        OpenCampaign open = loaded.campaign();
        campaign.set(open);
        title.set(APP_NAME + " — " + open.campaign().name());
        campaignPane.show(open.dir(), open.campaign());
        unsavedEdits.ifPresent(campaignPane::restoreEdits);
        unsavedEdits = Optional.empty();
        run.campaignProperty().set(open);
        results.show(open, loaded.results());
        int n = loaded.results().samples().size();
        String base = n == 0 ? texts.get("workbench.opened.empty", open.dir())
                : texts.get("workbench.opened", open.dir(), n);
        String warnings = String.join(" ", loaded.results().warningMessages().stream().map(texts.words()::text)
                .toList());
        String said = afterOpening.isEmpty() ? base : afterOpening + " " + base;
        afterOpening = "";
        run.showStatus(warnings.isEmpty() ? said : said + " " + texts.get("workbench.warning", warnings));
        loaded.resultsProblem().ifPresent(p -> dialogs.error(texts.get("workbench.resultsUnreadable"),
                texts.get("workbench.resultsUnreadable.details", p)));
    }

    /**
     * A pane changed the open campaign and saved it (a note, a conclusion): every pane now works
     * on the saved one, so none later saves an older copy over it.
     */
    public void campaignSaved(OpenCampaign saved) {
        OpenCampaign open = campaign.get();
        if (open != null && open.dir().equals(saved.dir())) {
            campaign.set(saved);
            run.campaignProperty().set(saved);
            campaignPane.campaignSaved(saved);
        }
    }

    private void failed(Path dir, Exception e) {
        loading.set(false);
        afterOpening = "";
        unsavedEdits = Optional.empty();
        run.showStatus(texts.get("workbench.openFailed.status", dir));
        String message = e instanceof CampaignException ? texts.explain(e)
                : texts.get("workbench.openFailed.reading", dir, texts.explain(e));
        dialogs.error(texts.get("workbench.openFailed"), texts.get("workbench.openFailed.details", message));
    }
}
