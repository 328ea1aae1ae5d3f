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
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.run.Journal;
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
    private final CsvResults csv;
    private final Background background;
    private final Dialogs dialogs;
    private final CampaignViewModel campaignPane;
    private final RunViewModel run;
    private final ResultsViewModel results;
    private final BooleanBinding canOpen;

    public WorkbenchViewModel(CampaignStore store, CsvResults csv, Background background, Dialogs dialogs,
                              CampaignViewModel campaignPane, RunViewModel run, ResultsViewModel results) {
        this.store = store;
        this.csv = csv;
        this.background = background;
        this.dialogs = dialogs;
        this.campaignPane = campaignPane;
        this.run = run;
        this.results = results;
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
        if (!canOpen()) {
            return;
        }
        loading.set(true);
        run.showStatus("Opening " + dir + "…");
        background.submit(() -> read(dir), this::show, e -> failed(dir, e));
    }

    /** Shown when no campaign was found at start. */
    public void noCampaign() {
        run.showStatus("No campaign open. Press Open… and choose a campaign folder.");
    }

    private record Loaded(OpenCampaign campaign, ResultSet results, Optional<String> resultsProblem) {
    }

    private Loaded read(Path dir) throws CampaignException {
        Campaign loaded = store.load(dir);
        OpenCampaign open = new OpenCampaign(dir, loaded);
        try {
            return new Loaded(open, csv.read(dir.resolve(Journal.RESULTS)), Optional.empty());
        } catch (ResultsException e) {
            // The campaign is still worth showing; its results file needs the person's attention.
            return new Loaded(open, ResultSet.empty(), Optional.of(e.getMessage()));
        }
    }

    private void show(Loaded loaded) {
        loading.set(false);
        OpenCampaign open = loaded.campaign();
        campaign.set(open);
        title.set(APP_NAME + " — " + open.campaign().name());
        campaignPane.show(open.dir(), open.campaign());
        run.campaignProperty().set(open);
        results.show(open.environmentNames(), loaded.results());
        int n = loaded.results().samples().size();
        String base = n == 0 ? "Opened " + open.dir() + ". No results yet: press Run."
                : "Opened " + open.dir() + " with " + n + " samples.";
        String warnings = String.join(" ", loaded.results().warnings());
        run.showStatus(warnings.isEmpty() ? base : base + " Warning: " + warnings);
        loaded.resultsProblem().ifPresent(p -> dialogs.error("The results of this campaign can't be read",
                p + "\n\nThe campaign is open without them. New runs can't be added until the file is fixed."));
    }

    private void failed(Path dir, Exception e) {
        loading.set(false);
        run.showStatus("Could not open " + dir + ".");
        String message = e instanceof CampaignException ? e.getMessage()
                : "Reading " + dir + " failed: " + e.getMessage();
        dialogs.error("Could not open the campaign", message);
    }
}
