package org.virtimpact.core.run;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.MatrixExpander;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/**
 * Turns a campaign into the ordered list of runs still missing: every value is checked before
 * anything runs, repetitions already in {@code results.csv} are skipped, and each cell gets its
 * warm-up runs just before its first missing repetition.
 */
public final class RunPlanner {

    private final BenchmarkCatalog catalog;
    private final LongSupplier seeds;
    private final MatrixExpander expander = new MatrixExpander();

    public RunPlanner(BenchmarkCatalog catalog) {
        this(catalog, RunPlanner::freshSeed);
    }

    /** @param seeds chooses the seed of a randomized campaign that has none recorded yet */
    public RunPlanner(BenchmarkCatalog catalog, LongSupplier seeds) {
        this.catalog = catalog;
        this.seeds = seeds;
    }

    /**
     * The runs of {@code campaign} not yet in {@code existing}. A randomized campaign without a seed
     * gets one: {@link RunPlan#campaign()} then holds it, for the caller to record in campaign.json.
     */
    public RunPlan plan(Path dir, Campaign campaign, ResultSet existing) throws PlanException {
        List<Message> problems = new ArrayList<>();
        List<TestCase> cases = new ArrayList<>();
        if (campaign.environments().isEmpty()) {
            problems.add(Message.of("plan.noEnvironment",
                    "The campaign has no environment; add one (virtimpact env add) before running."));
        }
        if (campaign.benchmarks().isEmpty()) {
            problems.add(Message.of("plan.noBenchmark",
                    "The campaign has no benchmark in its matrix; add one before running."));
        }
        for (var spec : campaign.benchmarks()) {
            var benchmark = catalog.find(spec.benchmark());
            if (benchmark.isEmpty()) {
                problems.add(Message.of("plan.unknownBenchmark", "Unknown benchmark ''{0}''; known: {1}",
                        spec.benchmark(), catalog.all().stream().map(Benchmark::id).toList().toString()));
                continue;
            }
            try {
                for (TestCase tc : expander.expand(spec)) {
                    problems.addAll(benchmark.get().problems(tc));
                    cases.add(tc);
                }
            } catch (IllegalArgumentException e) {
                problems.add(Explained.messageOf(e));
            }
        }
        problems.addAll(sharedRunIds(campaign, cases));
        PeerPlanning peers = new PeerPlanning(campaign, catalog);
        problems.addAll(peers.problems(cases));
        if (!problems.isEmpty()) {
            // the same problem from many cells is listed once
            Map<String, Message> once = new LinkedHashMap<>();
            problems.forEach(p -> once.putIfAbsent(p.english(), p));
            throw new PlanException(List.copyOf(once.values()));
        }
        Campaign seeded = withSeed(campaign);
        Set<String> done = new LinkedHashSet<>();
        existing.samples().stream().filter(s -> Sample.OK.equals(s.status())).forEach(s -> done.add(s.runId()));
        List<PlannedRun> all = RunOrder.of(seeded.settings(), seeded.environments(), env ->
                cases.stream().filter(c -> !peers.skips(env, c)).toList());
        List<PlannedRun> missing = all.stream().filter(r -> !done.contains(r.runId())).toList();
        List<PlannedRun> runs = withWarmups(missing, seeded.settings().warmups(),
                WarmupNumbers.used(dir, existing));
        return new RunPlan(dir, seeded, runs, all.size() - missing.size());
    }

    private Campaign withSeed(Campaign campaign) {
        Settings s = campaign.settings();
        if (s.order() != Settings.Order.RANDOMIZED || s.seed() != 0) {
            return campaign;
        }
        long seed = 0;
        while (seed == 0) {
            seed = seeds.getAsLong();
        }
        return campaign.withSettings(s.withOrder(Settings.Order.RANDOMIZED, seed));
    }

    /** {@code warmups} runs of each cell and environment right before its first run in {@code runs}. */
    private static List<PlannedRun> withWarmups(List<PlannedRun> runs, int warmups, Map<String, Integer> used) {
        List<PlannedRun> out = new ArrayList<>();
        Set<String> warmed = new LinkedHashSet<>();
        for (PlannedRun run : runs) {
            if (warmups > 0 && warmed.add(run.cellId())) {
                int last = used.getOrDefault(run.cellId(), 0);
                for (int w = 1; w <= warmups; w++) {
                    out.add(new PlannedRun(run.environment(), run.testCase(), last + w, true));
                }
            }
            out.add(run);
        }
        return out;
    }

    /**
     * Run ids are file names and the key for resume, so two runs sharing one would overwrite each
     * other's raw output and one would count as done when the other is; e.g. environments "xen pv"
     * and "xen-pv" share the slug xen-pv.
     */
    private static List<Message> sharedRunIds(Campaign campaign, List<TestCase> cases) {
        Map<String, PlannedRun> byId = new HashMap<>();
        Set<Message> problems = new LinkedHashSet<>();
        for (Environment env : campaign.environments()) {
            for (TestCase tc : cases) {
                PlannedRun run = new PlannedRun(env, tc, 1);
                PlannedRun other = byId.putIfAbsent(run.runId(), run);
                if (other != null) {
                    problems.add(Message.of("plan.sharedRunId", "{0} and {1} would share the run id {2}; make"
                            + " them differ (rename an environment, drop a repeated value) so their results stay"
                            + " apart.", describe(other), describe(run), run.runId()));
                }
            }
        }
        return List.copyOf(problems);
    }

    private static String describe(PlannedRun run) {
        return "'" + run.environment().name() + "' " + run.testCase().benchmark() + " " + run.testCase().label();
    }

    private static long freshSeed() {
        return new SecureRandom().nextLong();
    }
}
