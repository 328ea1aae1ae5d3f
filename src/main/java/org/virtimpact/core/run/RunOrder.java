package org.virtimpact.core.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.TestCase;

/**
 * The order of a campaign's repetitions. Sequential is the 2008 study's: environment, then cell,
 * then repetition, so a slow drift of the lab (a warming room, a neighbour's backup) lands on one
 * environment. Randomized runs in rounds: round r holds repetition r of every cell on every
 * environment, shuffled by a generator seeded from the campaign's seed and r. Every environment
 * thus meets the same conditions across the night, the order can be told again from the seed, and
 * raising the repetitions later only adds rounds, leaving the order of the earlier ones as it was.
 */
final class RunOrder {

    /** Spreads neighbouring rounds' seeds apart (the 64-bit golden ratio, as in SplittableRandom). */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private RunOrder() {
    }

    static List<PlannedRun> of(Settings settings, List<Environment> environments,
                               Function<Environment, List<TestCase>> casesOf) {
        List<PlannedRun> runs = new ArrayList<>();
        if (settings.order() == Settings.Order.SEQUENTIAL) {
            for (Environment env : environments) {
                for (TestCase tc : casesOf.apply(env)) {
                    for (int rep = 1; rep <= settings.repetitions(); rep++) {
                        runs.add(new PlannedRun(env, tc, rep));
                    }
                }
            }
            return runs;
        }
        for (int rep = 1; rep <= settings.repetitions(); rep++) {
            List<PlannedRun> round = new ArrayList<>();
            for (Environment env : environments) {
                for (TestCase tc : casesOf.apply(env)) {
                    round.add(new PlannedRun(env, tc, rep));
                }
            }
            // java.util.Random and Collections.shuffle are specified to the bit: the same seed gives
            // the same order on every Java version
            Collections.shuffle(round, new Random(settings.seed() + MIX * rep));
            runs.addAll(round);
        }
        return runs;
    }
}
