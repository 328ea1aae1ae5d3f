package org.virtimpact.ui.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.core.remote.CancellationToken;

/**
 * What a run from the workbench passes before it starts, as {@code virtimpact run} does: the
 * campaign as saved, and the preflight checks of every environment with repetitions to run. A
 * failed required check stops it; the person may then run anyway, as {@code --skip-checks} does.
 *
 * @param checks       runs the preflight (off the FX thread; may ask about host keys)
 * @param blocked      shows the failed checks, with a "Run anyway" that starts the run regardless
 * @param unsavedEdits true while the campaign pane holds edits not yet in campaign.json
 */
public record RunGate(Checks checks, Blocked blocked, BooleanSupplier unsavedEdits) {

    @FunctionalInterface
    public interface Checks {
        PreflightReport check(Path dir, Campaign campaign, List<Environment> environments, CancellationToken cancel);
    }

    @FunctionalInterface
    public interface Blocked {
        void show(PreflightReport report, Runnable runAnyway);
    }
}
