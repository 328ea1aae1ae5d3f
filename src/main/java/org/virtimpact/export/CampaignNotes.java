package org.virtimpact.export;

import java.util.ArrayList;
import java.util.List;
import org.virtimpact.chart.ChartQuery;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.text.Words;

/**
 * The notes a researcher kept in {@code campaign.json}: the notes on the chart's categories,
 * then their conclusions about its device, so the deck's speaker notes say what they would.
 */
public final class CampaignNotes implements FigureNotes {

    private final Campaign campaign;
    private final Words words;

    public CampaignNotes(Campaign campaign) {
        this(campaign, Words.english());
    }

    /** @param words the language of the words around the notes; the notes stay as the researcher wrote them */
    public CampaignNotes(Campaign campaign, Words words) {
        this.campaign = campaign;
        this.words = words;
    }

    @Override
    public List<String> about(ChartQuery query) {
        List<String> paragraphs = new ArrayList<>();
        for (Annotation a : campaign.annotations()) {
            if (a.onChart(query.device(), query.benchmark(), query.metric().name())) {
                paragraphs.add(words.text(Message.of("figure.notes.note", "Note on {0}: {1}", a.category(),
                        a.text())));
            }
        }
        String conclusion = campaign.deviceConclusion(query.device()).strip();
        if (!conclusion.isEmpty()) {
            paragraphs.add(words.text(Message.of("figure.notes.conclusions", "Conclusions on {0}: {1}",
                    words.device(query.device()), conclusion)));
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
