package org.virtimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.preflight.Preflight;
import org.virtimpact.core.preflight.PreflightLimits;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.run.PlanException;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.RunPreparation;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.core.run.ShellFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtimpact run DIR}: measures the repetitions of a campaign that are not in its
 * {@code results.csv} yet, so running it again after a failure or a Ctrl-C resumes the campaign.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the campaign in DIR, skipping repetitions already in DIR/results.csv.",
            "Ctrl-C stops the running benchmark, removes its temporary files and keeps what was measured.",
            "Exit status: 0 all done, 3 some repetitions failed or the run was cancelled, 2 bad input,",
            "1 a required preflight check failed (nothing ran)."})
final class RunCommand implements Callable<Integer> {

    /** Long enough to stop a remote command and remove its files (a kill, then a 1 s grace period). */
    static final Duration CLEANUP_WAIT = Duration.ofSeconds(15);

    private final PrintWriter out;
    private final PrintWriter err;
    private final InterruptSource interrupts;
    private final RunPreparation preparation;
    private final BooleanSupplier terminal;
    private final ShellFactory shells;
    private final BenchmarkCatalog catalog;
    private final Clock clock;
    private final HostKeyTrust hostKeys;
    private final Preflight preflight;

    @Parameters(index = "0", paramLabel = "DIR", description = "Campaign folder holding campaign.json.")
    private Path dir;

    @Mixin
    private RunSettingsOptions settings = new RunSettingsOptions();

    @Option(names = "--resume",
            description = "Runs exactly the repetitions missing from results.csv (what a plain run does too; says so).")
    private boolean resume;

    @Option(names = "--accept-new-host-key",
            description = "Records a host key not yet in known_hosts (an environment's or a jump host's) and prints"
                    + " its SHA256 fingerprint; check it against the host. A changed key is always refused.")
    private boolean acceptNewHostKeys;

    @Option(names = "--skip-checks",
            description = "Starts without the preflight checks of 'virtimpact check' (for when you know better than"
                    + " a check); a run otherwise refuses to start while a required check fails.")
    private boolean skipChecks;

    @Option(names = "--eta-from", paramLabel = "DIR",
            description = "Another campaign folder whose runs of the same environments and cells tell the time"
                    + " left before this run has timed anything (repeatable).")
    private List<Path> etaFrom = List.of();

    RunCommand(PrintWriter out, PrintWriter err, ShellFactory shells, BenchmarkCatalog catalog, Clock clock,
               InterruptSource interrupts, HostKeyTrust hostKeys) {
        this.out = out;
        this.err = err;
        this.interrupts = interrupts;
        this.preparation = new RunPreparation(new CampaignStore(), new CsvResults(), new RunPlanner(catalog));
        // a console means a person watching: the progress line is redrawn in place
        this.terminal = () -> System.console() != null;
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
        } catch (CampaignException | ResultsException | BadInput e) {
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
    private RunPlan prepare() throws CampaignException, ResultsException, PlanException, BadInput {
        RunPreparation.Prepared prepared;
        try {
            prepared = preparation.prepare(dir, settings.change());
        } catch (IllegalArgumentException e) {
            throw new BadInput("The run settings can't be used: " + e.getMessage() + ".");
        }
        prepared.warnings().forEach(w -> err.println("Warning: " + w));
        prepared.changes().forEach(out::println);
        if (resume) {
            out.println("Resuming: " + prepared.plan().alreadyDone() + " repetitions already in " + Journal.RESULTS
                    + ", " + prepared.plan().repetitions() + " missing.");
        }
        return prepared.plan();
    }

    private RunReport runUntilDoneOrInterrupted(RunPlan plan, ShellFactory opening) {
        CancellationToken cancel = new CancellationToken();
        CountDownLatch finished = new CountDownLatch(1);
        InterruptSource.Registration registration = interrupts.register(() -> stop(cancel, finished));
        // one worker per host group, only when the campaign runs groups in parallel
        Optional<ExecutorService> workers = plan.campaign().settings().parallelGroups()
                ? Optional.of(Executors.newCachedThreadPool(daemonThreads())) : Optional.empty();
        try {
            return new CampaignRunner(opening, catalog, clock, workers, () -> etaFrom).run(plan,
                    new ProgressPrinter(out, terminal.getAsBoolean()), cancel);
        } finally {
            workers.ifPresent(ExecutorService::shutdownNow);
            registration.close();
            out.flush();
            // Lets a waiting interrupt handler return, and with it the JVM exit.
            finished.countDown();
        }
    }

    private static ThreadFactory daemonThreads() {
        ThreadFactory defaults = Executors.defaultThreadFactory();
        return task -> {
            Thread thread = defaults.newThread(task);
            thread.setName("virtimpact-group-" + thread.getName());
            thread.setDaemon(true);
            return thread;
        };
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

}
