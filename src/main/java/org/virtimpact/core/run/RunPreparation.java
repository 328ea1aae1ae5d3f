package org.virtimpact.core.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsException;

/**
 * Everything before a run, for the command line and the workbench alike: the campaign and its
 * results as they are on disk, the settings the person changed for this run (more repetitions,
 * say), and the plan of what is missing. What changed, and the seed a randomized order gets on
 * its first run, is saved in campaign.json (atomically) before anything runs, so the order of a
 * night's runs can always be told again.
 */
public final class RunPreparation {

    /**
     * @param warnings what loading noticed, e.g. a half-written last line of results.csv that was dropped
     * @param changes  what was saved in campaign.json, one sentence each
     */
    public record Prepared(RunPlan plan, List<String> warnings, List<String> changes) {
        public Prepared {
            warnings = List.copyOf(warnings);
            changes = List.copyOf(changes);
        }
    }

    private final CampaignStore store;
    private final CsvResults csv;
    private final RunPlanner planner;

    public RunPreparation(CampaignStore store, CsvResults csv, RunPlanner planner) {
        this.store = store;
        this.csv = csv;
        this.planner = planner;
    }

    /**
     * @param change applied to the saved settings for this run and kept; identity for none
     * @throws IllegalArgumentException when {@code change} asks for a value the settings refuse
     */
    public Prepared prepare(Path dir, UnaryOperator<Settings> change)
            throws CampaignException, ResultsException, PlanException {
        Campaign saved = store.load(dir);
        ResultSet existing = csv.read(dir.resolve(Journal.RESULTS));
        Campaign wanted = saved.withSettings(change.apply(saved.settings()));
        RunPlan plan = planner.plan(dir, wanted, existing);
        Settings before = saved.settings();
        Settings after = plan.campaign().settings();
        List<String> changes = new ArrayList<>();
        if (!after.equals(before)) {
            store.save(dir, plan.campaign());
            Path file = dir.resolve(CampaignStore.CAMPAIGN_FILE);
            if (after.repetitions() != before.repetitions()) {
                changes.add("Repetitions set to " + after.repetitions() + " in " + file + ".");
            }
            if (after.order() != before.order() || after.seed() != before.seed()) {
                changes.add(after.order() == Settings.Order.RANDOMIZED
                        ? "Order: randomized with seed " + after.seed() + ", recorded in " + file + "."
                        : "Order: sequential, recorded in " + file + ".");
            }
            if (after.warmups() != before.warmups() || after.retries() != before.retries()
                    || after.retryPauseSeconds() != before.retryPauseSeconds()
                    || after.pauseSeconds() != before.pauseSeconds() || after.parallelGroups() != before.parallelGroups()) {
                changes.add("Run settings saved in " + file + ": " + describe(after) + ".");
            }
        }
        return new Prepared(plan, existing.warnings(), changes);
    }

    /** The settings in one line, as the start of a run and the README word them. */
    public static String describe(Settings s) {
        return s.repetitions() + " repetitions, " + (s.order() == Settings.Order.RANDOMIZED
                ? "randomized order (seed " + s.seed() + ")" : "sequential order") + ", " + s.warmups()
                + " warm-up(s) per cell, " + s.retries() + " retr" + (s.retries() == 1 ? "y" : "ies")
                + " after " + s.retryPauseSeconds() + " s" + (s.pauseSeconds() > 0 ? ", " + s.pauseSeconds()
                + " s between runs" : "") + (s.parallelGroups() ? ", host groups in parallel" : "");
    }
}
