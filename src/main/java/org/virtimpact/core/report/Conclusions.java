package org.virtimpact.core.report;

import java.util.ArrayList;
import java.util.List;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Conclusion;

/**
 * Keeps the researcher's edits of impact sentences in the campaign. An edit records the
 * fingerprint of the row's data at that moment; the caller saves the returned campaign with
 * {@code CampaignStore}.
 */
public final class Conclusions {

    public Campaign edit(Campaign campaign, ImpactRow row, String language, String text) {
        List<Conclusion> kept = new ArrayList<>(campaign.conclusions().stream()
                .filter(c -> !c.sameRow(row.device(), row.environment(), row.baseline(), language)).toList());
        kept.add(new Conclusion(row.device(), row.environment(), row.baseline(), language, text, row.fingerprint()));
        return campaign.withConclusions(kept);
    }

    /** Back to the drafted sentence: the edit in this language is dropped. */
    public Campaign revert(Campaign campaign, ImpactRow row, String language) {
        return campaign.withConclusions(campaign.conclusions().stream()
                .filter(c -> !c.sameRow(row.device(), row.environment(), row.baseline(), language)).toList());
    }
}
