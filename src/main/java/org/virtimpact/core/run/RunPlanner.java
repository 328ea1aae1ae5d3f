package org.virtimpact.core.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.MatrixExpander;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

/**
 * Turns a campaign into the ordered list of repetitions still missing: every value is checked
 * before anything runs, and repetitions already in {@code results.csv} are skipped.
 */
public final class RunPlanner {

    private final BenchmarkCatalog catalog;
    private final MatrixExpander expander = new MatrixExpander();

    public RunPlanner(BenchmarkCatalog catalog) {
        this.catalog = catalog;
    }

    public RunPlan plan(Path dir, Campaign campaign, ResultSet existing) throws PlanException {
        List<String> problems = new ArrayList<>();
        List<TestCase> cases = new ArrayList<>();
        if (campaign.environments().isEmpty()) {
            problems.add("The campaign has no environment; add one (virtimpact env add) before running.");
        }
        if (campaign.benchmarks().isEmpty()) {
            problems.add("The campaign has no benchmark in its matrix; add one before running.");
        }
        for (var spec : campaign.benchmarks()) {
            var benchmark = catalog.find(spec.benchmark());
            if (benchmark.isEmpty()) {
                problems.add("Unknown benchmark '" + spec.benchmark() + "'; known: "
                        + catalog.all().stream().map(Benchmark::id).toList());
                continue;
            }
            try {
                for (TestCase tc : expander.expand(spec)) {
                    problems.addAll(benchmark.get().validate(tc));
                    cases.add(tc);
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        problems.addAll(sharedRunIds(campaign, cases));
        PeerPlanning peers = new PeerPlanning(campaign, catalog);
        problems.addAll(peers.problems(cases));
        if (!problems.isEmpty()) {
            throw new PlanException(List.copyOf(new LinkedHashSet<>(problems)));
        }
        Set<String> done = new LinkedHashSet<>();
        existing.samples().stream().filter(s -> Sample.OK.equals(s.status())).forEach(s -> done.add(s.runId()));
        List<PlannedRun> runs = new ArrayList<>();
        int skipped = 0;
        for (Environment env : campaign.environments()) {
            for (TestCase tc : cases.stream().filter(c -> !peers.skips(env, c)).toList()) {
                for (int rep = 1; rep <= campaign.settings().repetitions(); rep++) {
                    PlannedRun run = new PlannedRun(env, tc, rep);
                    if (done.contains(run.runId())) {
                        skipped++;
                    } else {
                        runs.add(run);
                    }
                }
            }
        }
        return new RunPlan(dir, campaign, runs, skipped);
    }

    /**
     * Run ids are file names and the key for resume, so two runs sharing one would overwrite each
     * other's raw output and one would count as done when the other is; e.g. environments "xen pv"
     * and "xen-pv" share the slug xen-pv.
     */
    private static List<String> sharedRunIds(Campaign campaign, List<TestCase> cases) {
        Map<String, PlannedRun> byId = new HashMap<>();
        Set<String> problems = new LinkedHashSet<>();
        for (Environment env : campaign.environments()) {
            for (TestCase tc : cases) {
                PlannedRun run = new PlannedRun(env, tc, 1);
                PlannedRun other = byId.putIfAbsent(run.runId(), run);
                if (other != null) {
                    problems.add(describe(other) + " and " + describe(run) + " would share the run id "
                            + run.runId() + "; make them differ (rename an environment, drop a repeated value) so their"
                            + " results stay apart.");
                }
            }
        }
        return List.copyOf(problems);
    }

    private static String describe(PlannedRun run) {
        return "'" + run.environment().name() + "' " + run.testCase().benchmark() + " " + run.testCase().label();
    }
}
