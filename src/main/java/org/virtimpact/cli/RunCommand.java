package org.virtimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.preflight.Preflight;
import org.virtimpact.core.preflight.PreflightLimits;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.run.PlanException;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.core.run.ShellFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtimpact run DIR}: measures the repetitions of a campaign that are not in its
 * {@code results.csv} yet, so running it again after a failure or a Ctrl-C resumes the campaign.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the campaign in DIR, skipping repetitions already in DIR/results.csv.",
            "Ctrl-C stops the running benchmark, removes its temporary files and keeps what was measured."})
final class RunCommand implements Callable<Integer> {

    /** Long enough to stop a remote command and remove its files (a kill, then a 1 s grace period). */
    static final Duration CLEANUP_WAIT = Duration.ofSeconds(15);

    private final PrintWriter out;
    private final PrintWriter err;
    private final InterruptSource interrupts;
    private final CampaignStore store = new CampaignStore();
    private final CsvResults csv = new CsvResults();
    private final RunPlanner planner;
    private final ShellFactory shells;
    private final BenchmarkCatalog catalog;
    private final Clock clock;
    private final HostKeyTrust hostKeys;
    private final Preflight preflight;

    @Parameters(index = "0", paramLabel = "DIR", description = "Campaign folder holding campaign.json.")
    private Path dir;

    @Option(names = "--repetitions", paramLabel = "N",
            description = "Sets the campaign's repetitions to N and saves it in campaign.json before running.")
    private Integer repetitions;

    @Option(names = "--accept-new-host-key",
            description = "Records a host key not yet in known_hosts (an environment's or a jump host's) and prints"
                    + " its SHA256 fingerprint; check it against the host. A changed key is always refused.")
    private boolean acceptNewHostKeys;

    @Option(names = "--skip-checks",
            description = "Starts without the preflight checks of 'virtimpact check' (for when you know better than"
                    + " a check); a run otherwise refuses to start while a required check fails.")
    private boolean skipChecks;

    RunCommand(PrintWriter out, PrintWriter err, ShellFactory shells, BenchmarkCatalog catalog, Clock clock,
               InterruptSource interrupts, HostKeyTrust hostKeys) {
        this.out = out;
        this.err = err;
        this.interrupts = interrupts;
        this.planner = new RunPlanner(catalog);
        this.shells = shells;
        this.catalog = catalog;
        this.clock = clock;
        this.hostKeys = hostKeys;
        this.preflight = new Preflight(catalog, clock, Optional.of(hostKeys), PreflightLimits.defaults());
    }

    @Override
    public Integer call() {
        RunPlan plan;
        try {
            plan = prepare();
        } catch (CampaignException | ResultsException | BadOption e) {
            err.println(e.getMessage());
            return VirtImpactCli.BAD_INPUT;
        } catch (PlanException e) {
            err.println("The campaign in " + dir + " can't run as configured:");
            e.problems().forEach(p -> err.println("  " + p));
            err.println("Fix these values in " + dir.resolve(CampaignStore.CAMPAIGN_FILE) + " and run again.");
            return VirtImpactCli.BAD_INPUT;
        }
        if (plan.runs().isEmpty()) {
            out.println("Nothing to do: all " + plan.alreadyDone() + " repetitions are already in "
                    + Journal.RESULTS + ". Use --repetitions N to measure more.");
            return VirtImpactCli.OK;
        }
        ShellFactory opening = acceptNewHostKeys ? new AcceptNewHostKeys(shells, hostKeys, out) : shells;
        if (!skipChecks && !checksPass(plan, opening)) {
            return CheckCommand.CHECK_FAILED;
        }
        RunReport report = runUntilDoneOrInterrupted(plan, opening);
        return report.allDone() ? VirtImpactCli.OK : VirtImpactCli.INCOMPLETE;
    }

    /** The environments that still have repetitions to run must pass every required check first. */
    private boolean checksPass(RunPlan plan, ShellFactory opening) {
        List<Environment> pending = plan.runs().stream().map(PlannedRun::environment).distinct().toList();
        PreflightReport report = preflight.check(dir, plan.campaign(), pending, opening, CancellationToken.none());
        if (report.passed()) {
            return true;
        }
        err.println("The run did not start: " + report.failures() + " required check(s) failed.");
        CheckTables.printBlocking(err, report);
        err.println("Fix them and run again; 'virtimpact check " + dir + "' shows every check, and --skip-checks"
                + " starts the run anyway.");
        return false;
    }

    /** Everything that can be wrong with the input is found here, before anything runs. */
    private RunPlan prepare() throws CampaignException, ResultsException, PlanException, BadOption {
        Campaign campaign = store.load(dir);
        ResultSet existing = csv.read(dir.resolve(Journal.RESULTS));
        existing.warnings().forEach(w -> err.println("Warning: " + w));
        Campaign wanted = repetitions == null ? campaign : withRepetitions(campaign, repetitions);
        RunPlan plan = planner.plan(dir, wanted, existing);
        if (wanted.settings().repetitions() != campaign.settings().repetitions()) {
            store.save(dir, wanted);
            out.println("Repetitions set to " + wanted.settings().repetitions() + " in "
                    + dir.resolve(CampaignStore.CAMPAIGN_FILE) + ".");
        }
        return plan;
    }

    private static Campaign withRepetitions(Campaign campaign, int n) throws BadOption {
        // Settings reads 0 as "use the default", so a typed 0 must be refused here.
        if (n < 1) {
            throw new BadOption("--repetitions must be at least 1, not " + n + ".");
        }
        try {
            return campaign.withSettings(new Settings(n, campaign.settings().commandTimeoutSeconds()));
        } catch (IllegalArgumentException e) {
            throw new BadOption("--repetitions " + n + ": " + e.getMessage() + ".");
        }
    }

    private RunReport runUntilDoneOrInterrupted(RunPlan plan, ShellFactory opening) {
        CancellationToken cancel = new CancellationToken();
        CountDownLatch finished = new CountDownLatch(1);
        InterruptSource.Registration registration = interrupts.register(() -> stop(cancel, finished));
        try {
            return new CampaignRunner(opening, catalog, clock).run(plan, new ProgressPrinter(out), cancel);
        } finally {
            registration.close();
            out.flush();
            // Lets a waiting interrupt handler return, and with it the JVM exit.
            finished.countDown();
        }
    }

    /** Runs on the interrupt's thread while the runner is still going on its own. */
    private void stop(CancellationToken cancel, CountDownLatch finished) {
        err.println("Stopping: ending the running benchmark and removing its temporary files...");
        err.flush();
        cancel.cancel();
        try {
            if (!finished.await(CLEANUP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                err.println("Gave up waiting after " + CLEANUP_WAIT.toSeconds() + " s; files named .virtimpact-*"
                        + " may remain in the environments' scratch folders.");
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An option value the command refuses before loading anything else. */
    private static final class BadOption extends Exception {
        BadOption(String message) {
            super(message);
        }
    }
}
