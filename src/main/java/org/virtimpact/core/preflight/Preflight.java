package org.virtimpact.core.preflight;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.HostFingerprint;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.report.HostComparison;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.run.PlanException;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.ShellFactory;
import org.virtimpact.core.text.Message;

/**
 * Everything a run needs, checked before it starts: one table per environment (reachable, host
 * key, login, tools, scratch folder and its free space, root when caches are dropped, clock,
 * peers) and one for the matrix itself. Plain synchronous Java, like the runner: the CLI's
 * {@code check}, {@code run} and the workbench's "Test connection" all call it. Environments are
 * checked one after another; each command has a timeout and stops on the token.
 */
public final class Preflight {

    private final BenchmarkCatalog catalog;
    private final Clock clock;
    private final Optional<HostKeyTrust> hostKeys;
    private final PreflightLimits limits;
    private final FingerprintWarnings warnings = new FingerprintWarnings(HostComparison.defaults());

    /** @param hostKeys scans an unknown host key so its row shows the fingerprint to check */
    public Preflight(BenchmarkCatalog catalog, Clock clock, Optional<HostKeyTrust> hostKeys, PreflightLimits limits) {
        this.catalog = catalog;
        this.clock = clock;
        this.hostKeys = hostKeys;
        this.limits = limits;
    }

    public Preflight(BenchmarkCatalog catalog, Clock clock) {
        this(catalog, clock, Optional.empty(), PreflightLimits.defaults());
    }

    /**
     * Checks {@code environments} (some or all of the campaign's) without writing any file. An
     * environment still being edited is checked by passing a campaign that holds it
     * ({@code campaign.withEnvironments(...)}): the matrix, peers and comparisons come from the campaign.
     *
     * @throws IllegalArgumentException when an environment is not one of the campaign's
     */
    public PreflightReport check(Campaign campaign, List<Environment> environments, ShellFactory shells,
                                 CancellationToken cancel) {
        Checked checked = checkAll(campaign, environments, shells, cancel);
        Map<String, Map<String, String>> facts = new LinkedHashMap<>();
        checked.fingerprints().forEach((env, f) -> facts.put(env, f.facts()));
        return report(campaign, environments, checked, facts, List.of());
    }

    /**
     * As {@link #check(Campaign, List, ShellFactory, CancellationToken)}, and also writes each reached
     * environment's {@code hosts/ENV.json} in {@code campaignDir}; environments not checked now are
     * compared through the facts recorded there before.
     */
    public PreflightReport check(Path campaignDir, Campaign campaign, List<Environment> environments,
                                 ShellFactory shells, CancellationToken cancel) {
        Checked checked = checkAll(campaign, environments, shells, cancel);
        HostFiles files = new HostFiles(campaignDir);
        List<CheckRow> saveProblems = files.save(campaign, checked.fingerprints());
        return report(campaign, environments, checked, files.facts(campaign, checked.fingerprints()), saveProblems);
    }

    private record Checked(Map<String, List<CheckRow>> rows, Map<String, HostFingerprint> fingerprints,
                           boolean cancelled) {
    }

    private Checked checkAll(Campaign campaign, List<Environment> environments, ShellFactory shells,
                             CancellationToken cancel) {
        for (Environment env : environments) {
            if (!campaign.environment(env.name()).equals(Optional.of(env))) {
                throw new IllegalArgumentException("environment '" + env.name() + "' is not one of the campaign's;"
                        + " check a campaign that holds it (Campaign.withEnvironments)");
            }
        }
        Map<String, List<CheckRow>> rows = new LinkedHashMap<>();
        Map<String, HostFingerprint> fingerprints = new LinkedHashMap<>();
        boolean cancelled = false;
        try (Connections connections = new Connections(shells, hostKeys)) {
            EnvironmentCheck check = new EnvironmentCheck(campaign, catalog, connections, limits, clock, cancel);
            for (Environment env : environments) {
                if (cancel.isCancelled()) {
                    cancelled = true;
                    rows.put(env.name(), List.of(CheckRow.skipped(Connections.REACHABLE, true,
                            Message.of("check.cancelled", "cancelled"))));
                    continue;
                }
                EnvironmentCheck.Outcome outcome = check.run(env);
                rows.put(env.name(), outcome.rows());
                outcome.fingerprint().ifPresent(f -> fingerprints.put(env.name(), f));
                cancelled |= outcome.cancelled();
            }
        }
        return new Checked(rows, fingerprints, cancelled);
    }

    private PreflightReport report(Campaign campaign, List<Environment> environments, Checked checked,
                                   Map<String, Map<String, String>> facts, List<CheckRow> saveProblems) {
        List<FingerprintWarning> found = warnings.of(campaign, facts);
        Optional<String> baseline = warnings.baseline(campaign, facts);
        List<CheckTable> tables = new ArrayList<>();
        for (Environment env : environments) {
            List<CheckRow> rows = new ArrayList<>(checked.rows().getOrDefault(env.name(), List.of()));
            if (checked.fingerprints().containsKey(env.name())) {
                rows.add(sameVm(campaign, env, baseline, found));
            }
            tables.add(new CheckTable(env.name(), env.target().describe(), rows));
        }
        List<CheckRow> campaignRows = new ArrayList<>(matrix(campaign));
        campaignRows.addAll(saveProblems);
        return new PreflightReport(new CheckTable(CheckTable.CAMPAIGN, "", campaignRows), tables,
                checked.fingerprints(), found, checked.cancelled());
    }

    /** Every problem the planner would refuse the run for, each a row, so check and run never disagree. */
    private List<CheckRow> matrix(Campaign campaign) {
        try {
            int runs = new RunPlanner(catalog).plan(Path.of(""), campaign, ResultSet.empty()).runs().size();
            return List.of(CheckRow.ok(CheckNames.MATRIX, true, Message.of("check.matrix.ok",
                    "every cell is valid; {0} repetitions in all", Integer.toString(runs))));
        } catch (PlanException e) {
            return e.explanations().stream().map(p -> CheckRow.failed(CheckNames.MATRIX, p,
                    Message.of("check.matrix.fix", "Fix this value in campaign.json (or in the workbench''s matrix)."))).toList();
        }
    }

    private static CheckRow sameVm(Campaign campaign, Environment env, Optional<String> baseline,
                                   List<FingerprintWarning> found) {
        Message name = CheckNames.SAME_VM;
        if (campaign.environments().size() < 2) {
            return CheckRow.skipped(name, false, Message.of("check.sameVm.alone", "the only environment of the campaign"));
        }
        if (baseline.isEmpty() || baseline.get().equals(env.name())) {
            return CheckRow.ok(name, false, Message.of("check.sameVm.baseline",
                    "the baseline the other environments are compared with"));
        }
        List<Message> differences = found.stream().filter(w -> w.environment().equals(env.name())
                && w.kind() != FingerprintWarning.Kind.MODE_CONTRADICTED).map(FingerprintWarning::text).toList();
        if (differences.isEmpty()) {
            return CheckRow.ok(name, false, Message.of("check.sameVm.ok",
                    "vCPUs, memory, CPU model, kernel, compiler and tool versions as in {0}", baseline.get()));
        }
        Message joined = differences.get(0);
        for (Message next : differences.subList(1, differences.size())) {
            joined = Message.of("check.sameVm.joined", "{0}; {1}", joined, next);
        }
        return CheckRow.warning(name, joined, Message.of("check.sameVm.fix", "Give the compared guests identical"
                + " vCPUs, memory and software, or report the difference with the results."));
    }
}
