package org.virtimpact.ui.campaign;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;

/** What the campaign pane shows: who is measured, with what matrix, and how many runs that makes. */
public final class CampaignViewModel {

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("No campaign open");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(
            "Press Open… and choose a campaign folder (one with a campaign.json).");
    private final ObservableList<EnvironmentRow> environments = FXCollections.observableArrayList();
    // Wrappers are kept in fields: one listens only weakly to its list, so a wrapper made per
    // call could be collected together with the listeners a view added to it.
    private final ObservableList<EnvironmentRow> environmentsView =
            FXCollections.unmodifiableObservableList(environments);
    private final ObservableList<String> matrix = FXCollections.observableArrayList();
    private final ObservableList<String> matrixView =
            FXCollections.unmodifiableObservableList(matrix);
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper repetitions = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper totalRuns = new ReadOnlyIntegerWrapper(0);

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ObservableList<EnvironmentRow> environments() {
        return environmentsView;
    }

    public ObservableList<String> matrix() {
        return matrixView;
    }

    /** Where the campaign lives, so the researcher knows which copy of a study is open. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty repetitionsProperty() {
        return repetitions.getReadOnlyProperty();
    }

    /** Environments × matrix cells × repetitions: what a run from scratch measures. */
    public ReadOnlyIntegerProperty totalRunsProperty() {
        return totalRuns.getReadOnlyProperty();
    }

    public void show(Path dir, Campaign campaign) {
        folder.set(dir.toString());
        name.set(campaign.name());
        description.set(campaign.description());
        environments.setAll(campaign.environments().stream().map(EnvironmentRow::of).toList());
        matrix.setAll(campaign.benchmarks().stream().map(CampaignViewModel::describe).toList());
        repetitions.set(campaign.settings().repetitions());
        long cells = campaign.benchmarks().stream().mapToLong(CampaignViewModel::cells).sum();
        totalRuns.set((int) Math.min(Integer.MAX_VALUE,
                cells * campaign.environments().size() * campaign.settings().repetitions()));
        open.set(true);
    }

    /** One benchmark as a person reads it: {@code dd — size: 8M, 32M · block: 512}. */
    static String describe(BenchmarkSpec spec) {
        String axes = spec.axes().entrySet().stream()
                .map(a -> a.getKey() + ": " + String.join(", ", a.getValue()))
                .collect(Collectors.joining(" · "));
        String options = spec.options().entrySet().stream()
                .map(o -> o.getKey() + " " + o.getValue())
                .collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(spec.benchmark());
        if (!axes.isEmpty()) {
            text.append(" — ").append(axes);
        }
        if (!options.isEmpty()) {
            text.append(" (").append(options).append(')');
        }
        return text.toString();
    }

    private static long cells(BenchmarkSpec spec) {
        long product = 1;
        for (List<String> values : spec.axes().values()) {
            product *= values.size();
        }
        return product;
    }
}
