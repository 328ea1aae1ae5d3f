package org.virtimpact.export;

import java.util.ArrayList;
import java.util.List;
import org.virtimpact.chart.ChartQuery;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.campaign.Campaign;

/**
 * The notes a researcher kept in {@code campaign.json}: the notes on the chart's categories,
 * then their conclusions about its device, so the deck's speaker notes say what they would.
 */
public final class CampaignNotes implements FigureNotes {

    private final Campaign campaign;

    public CampaignNotes(Campaign campaign) {
        this.campaign = campaign;
    }

    @Override
    public List<String> about(ChartQuery query) {
        List<String> paragraphs = new ArrayList<>();
        for (Annotation a : campaign.annotations()) {
            if (a.onChart(query.device(), query.benchmark(), query.metric().name())) {
                paragraphs.add("Note on " + a.category() + ": " + a.text());
            }
        }
        String conclusion = campaign.deviceConclusion(query.device()).strip();
        if (!conclusion.isEmpty()) {
            paragraphs.add("Conclusions on " + query.device() + ": " + conclusion);
        }
        return paragraphs;
    }

    /** Both sources, {@code first}'s paragraphs leading. */
    static FigureNotes both(FigureNotes first, FigureNotes then) {
        return query -> {
            List<String> paragraphs = new ArrayList<>(first.about(query));
            paragraphs.addAll(then.about(query));
            return paragraphs;
        };
    }
}
