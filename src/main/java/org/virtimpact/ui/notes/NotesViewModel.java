package org.virtimpact.ui.notes;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * The researcher's notes on chart categories, as the open campaign holds them. Adding or removing
 * one saves the campaign through the {@link CampaignEditor}; the list follows what was saved.
 */
public final class NotesViewModel {

    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    // Kept in a field: an unmodifiable wrapper listens only weakly to its list.
    private final ObservableList<Annotation> annotationsView = FXCollections.unmodifiableObservableList(annotations);

    private final CampaignEditor editor;
    private final ObservableValue<OpenCampaign> campaign;
    private final Texts texts;

    /** @param campaign the open campaign, as the results show it */
    public NotesViewModel(CampaignEditor editor, ObservableValue<OpenCampaign> campaign, Texts texts) {
        this.editor = editor;
        this.campaign = campaign;
        this.texts = texts;
        campaign.addListener((obs, old, now) -> annotations.setAll(now == null ? List.of() : now.campaign()
                .annotations()));
        if (campaign.getValue() != null) {
            annotations.setAll(campaign.getValue().campaign().annotations());
        }
    }

    /** Every note of the open campaign, in the order they were added. */
    public ObservableList<Annotation> annotations() {
        return annotationsView;
    }

    /** The notes on one chart, in the order they were added: their numbers on the chart. */
    public List<Annotation> on(String device, String benchmark, String metric) {
        return annotations.stream().filter(a -> a.onChart(device, benchmark, metric)).toList();
    }

    /** @return false, and nothing saved, when there is no campaign or the text is blank */
    public boolean add(String device, String benchmark, String metric, String category, String text) {
        OpenCampaign open = campaign.getValue();
        if (open == null || text == null || text.isBlank()) {
            return false;
        }
        Annotation note = new Annotation(device, benchmark, metric, category, text);
        editor.change(open.dir(), texts.get("notes.what"), c -> {
            List<Annotation> all = new ArrayList<>(c.annotations());
            all.add(note);
            return c.withAnnotations(all);
        });
        return true;
    }

    public void remove(Annotation note) {
        OpenCampaign open = campaign.getValue();
        if (open != null) {
            editor.change(open.dir(), texts.get("notes.what"), c -> without(c, note));
        }
    }

    private static Campaign without(Campaign c, Annotation note) {
        List<Annotation> kept = new ArrayList<>(c.annotations());
        kept.remove(note);
        return c.withAnnotations(kept);
    }
}
