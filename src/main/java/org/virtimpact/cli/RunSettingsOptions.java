package org.virtimpact.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.virtimpact.core.campaign.Settings;
import picocli.CommandLine.Option;

/**
 * The run settings {@code virtimpact run} can change; each one given is saved in campaign.json
 * before the run, so the next run (and the workbench) keeps it.
 */
final class RunSettingsOptions {

    @Option(names = "--repetitions", paramLabel = "N",
            description = "Sets the campaign's repetitions to N (more runs only the new ones).")
    Integer repetitions;

    @Option(names = "--order", paramLabel = "ORDER",
            description = "randomized (repetitions interleaved across environments and cells, seed recorded) or"
                    + " sequential (environment, cell, repetition, like the 2008 study).")
    String order;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the randomized order (recorded).")
    Long seed;

    @Option(names = "--warmups", paramLabel = "N",
            description = "Warm-up runs per cell before its first measured repetition (kept, not counted).")
    Integer warmups;

    @Option(names = "--retries", paramLabel = "N", description = "Further attempts of a failed repetition.")
    Integer retries;

    @Option(names = "--retry-pause", paramLabel = "SECONDS", description = "Wait before a retry.")
    Integer retryPause;

    @Option(names = "--pause", paramLabel = "SECONDS", description = "Idle time between two runs.")
    Integer pause;

    @Option(names = "--parallel-groups", negatable = true,
            description = "Runs environments of different host groups at the same time.")
    Boolean parallelGroups;

    /** The change these options make; refuses values the settings would not take, naming the option. */
    UnaryOperator<Settings> change() throws BadInput {
        List<String> problems = new ArrayList<>();
        if (repetitions != null && repetitions < 1) {
            // Settings reads 0 as "use the default", so a typed 0 must be refused here
            problems.add("--repetitions must be at least 1, not " + repetitions + ".");
        }
        Settings.Order wanted = null;
        if (order != null) {
            switch (order.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "randomized", "random" -> wanted = Settings.Order.RANDOMIZED;
                case "sequential" -> wanted = Settings.Order.SEQUENTIAL;
                default -> problems.add("--order must be randomized or sequential, not '" + order + "'.");
            }
        }
        if (seed != null && seed == 0) {
            problems.add("--seed 0 means \"choose one\"; give another number.");
        }
        if (!problems.isEmpty()) {
            throw new BadInput(String.join(" ", problems));
        }
        Settings.Order chosen = wanted;
        return s -> {
            Settings r = s;
            if (repetitions != null) {
                r = r.withRepetitions(repetitions);
            }
            if (chosen != null || seed != null) {
                Settings.Order o = seed != null && chosen == null ? Settings.Order.RANDOMIZED
                        : chosen == null ? r.order() : chosen;
                r = r.withOrder(o, seed != null ? seed : (o == r.order() ? r.seed() : 0));
            }
            if (warmups != null) {
                r = r.withWarmups(warmups);
            }
            if (retries != null || retryPause != null) {
                r = r.withRetries(retries != null ? retries : r.retries(),
                        retryPause != null ? retryPause : r.retryPauseSeconds());
            }
            if (pause != null) {
                r = r.withPauseSeconds(pause);
            }
            if (parallelGroups != null) {
                r = r.withParallelGroups(parallelGroups);
            }
            return r;
        };
    }
}
