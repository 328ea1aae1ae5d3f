package org.virtimpact.ui.campaign;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.virtimpact.core.campaign.Campaign;

/**
 * Where edits of the open campaign are saved: applied to {@code campaign.json} as it is on disk,
 * in the background, so that a note saved by another pane in the meantime is kept. App wires the
 * workbench's one campaign editor here; the saved campaign then comes back through
 * {@link CampaignDraft#saved}, and a failure is shown to the person by the editor itself.
 */
@FunctionalInterface
public interface CampaignChanges {

    /** @param what for the error dialog: what was being saved, e.g. "the matrix and environments" */
    void change(Path dir, String what, UnaryOperator<Campaign> change);
}
