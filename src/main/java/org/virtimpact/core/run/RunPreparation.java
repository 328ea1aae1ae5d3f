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
import org.virtimpact.core.text.Message;

/**
 * Everything before a run, for the command line and the workbench alike: the campaign and its
 * results as they are on disk, the settings the person changed for this run (more repetitions,
 * say), and the plan of what is missing. What changed, and the seed a randomized order gets on
 * its first run, is saved in campaign.json (atomically) before anything runs, so the order of a
 * night's runs can always be told again.
 */
public final class RunPreparation {

    /**
     * @param warningMessages what loading noticed, e.g. a half-written last line of results.csv that was dropped
     * @param saved           what was saved in campaign.json, one sentence each
     */
    public record Prepared(RunPlan plan, List<Message> warningMessages, List<Message> saved) {
        public Prepared {
            warningMessages = List.copyOf(warningMessages);
            saved = List.copyOf(saved);
        }

        /** What loading noticed, in English, as the command line prints it. */
        public List<String> warnings() {
            return warningMessages.stream().map(Message::english).toList();
        }

        /** What was saved, in English, as the command line prints it. */
        public List<String> changes() {
            return saved.stream().map(Message::english).toList();
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
        List<Message> changes = new ArrayList<>();
        if (!after.equals(before)) {
            store.save(dir, plan.campaign());
            Path file = dir.resolve(CampaignStore.CAMPAIGN_FILE);
            if (after.repetitions() != before.repetitions()) {
                changes.add(Message.of("run.saved.repetitions", "Repetitions set to {0} in {1}.",
                        Integer.toString(after.repetitions()), file.toString()));
            }
            if (after.order() != before.order() || after.seed() != before.seed()) {
                changes.add(after.order() == Settings.Order.RANDOMIZED
                        ? Message.of("run.saved.randomized", "Order: randomized with seed {0}, recorded in {1}.",
                                Long.toString(after.seed()), file.toString())
                        : Message.of("run.saved.sequential", "Order: sequential, recorded in {0}.", file.toString()));
            }
            if (after.warmups() != before.warmups() || after.retries() != before.retries()
                    || after.retryPauseSeconds() != before.retryPauseSeconds()
                    || after.pauseSeconds() != before.pauseSeconds() || after.parallelGroups() != before.parallelGroups()) {
                changes.add(Message.of("run.saved.settings", "Run settings saved in {0}: {1}.", file.toString(),
                        described(after)));
            }
        }
        return new Prepared(plan, existing.warningMessages(), changes);
    }

    /** The settings in one line, as the start of a run and the README word them. */
    public static String describe(Settings s) {
        return described(s).english();
    }

    /** The same line, for a screen to put in the person's language. */
    public static Message described(Settings s) {
        Message order = s.order() == Settings.Order.RANDOMIZED
                ? Message.of("settings.order.randomized", "randomized order (seed {0})", Long.toString(s.seed()))
                : Message.of("settings.order.sequential", "sequential order");
        Message pause = s.pauseSeconds() > 0 ? Message.of("settings.described.pause", ", {0} s between runs",
                Integer.toString(s.pauseSeconds())) : Message.verbatim("");
        Message parallel = s.parallelGroups() ? Message.of("settings.described.parallel", ", host groups in parallel")
                : Message.verbatim("");
        return Message.of("settings.described", "{0} repetitions, {1}, {2} warm-up(s) per cell,"
                + " {3,choice,0#0 retries|1#1 retry|1<{3} retries} after {4} s{5}{6}",
                Integer.toString(s.repetitions()), order, Integer.toString(s.warmups()), s.retries(),
                Integer.toString(s.retryPauseSeconds()), pause, parallel);
    }
}
