package org.virtimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.preflight.Preflight;
import org.virtimpact.core.preflight.PreflightLimits;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.run.ShellFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtimpact check DIR}: the preflight table of each environment, and a fresh
 * {@code hosts/ENV.json} for each one reached. The same checks stop {@code run} when one fails.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks that every environment of the campaign in DIR is ready to run it: reachable, host key,"
            + " login, tools, scratch folder and free space, root when caches are dropped, clock, network peers.",
            "Writes what each environment is (kernel, CPU, memory, versions, detected mode) to DIR/hosts/ENV.json."},
        footer = {"", "Exit status: 0 every required check passed, 1 a required check failed, 2 bad input."})
final class CheckCommand implements Callable<Integer> {

    /** A required check failed; the same status makes {@code run} refuse to start. */
    static final int CHECK_FAILED = 1;

    private final PrintWriter out;
    private final PrintWriter err;
    private final ShellFactory shells;
    private final Preflight preflight;
    private final HostKeyTrust hostKeys;
    private final CampaignStore store = new CampaignStore();

    @Parameters(index = "0", paramLabel = "DIR", description = "Campaign folder holding campaign.json.")
    private Path dir;

    @Option(names = "--env", paramLabel = "NAME", description = "Checks only this environment.")
    private String envName;

    @Option(names = "--accept-new-host-key",
            description = "Records a host key not yet in known_hosts (an environment's or a jump host's) and prints"
                    + " its SHA256 fingerprint; check it against the host. A changed key is always refused.")
    private boolean acceptNewHostKeys;

    /** @param hostKeys scans an unknown key so its row shows the fingerprint, and records it when asked to */
    CheckCommand(PrintWriter out, PrintWriter err, ShellFactory shells, BenchmarkCatalog catalog, Clock clock,
                 HostKeyTrust hostKeys) {
        this.out = out;
        this.err = err;
        this.shells = shells;
        this.preflight = new Preflight(catalog, clock, Optional.of(hostKeys), PreflightLimits.defaults());
        this.hostKeys = hostKeys;
    }

    @Override
    public Integer call() {
        Campaign campaign;
        try {
            campaign = store.load(dir);
        } catch (CampaignException e) {
            err.println(e.getMessage());
            return VirtImpactCli.BAD_INPUT;
        }
        List<Environment> environments = campaign.environments();
        if (envName != null) {
            environments = campaign.environment(envName).map(List::of).orElse(List.of());
            if (environments.isEmpty()) {
                err.println("The campaign in " + dir + " has no environment named '" + envName + "'. Its environments: "
                        + String.join(", ", campaign.environments().stream().map(Environment::name).toList()) + ".");
                return VirtImpactCli.BAD_INPUT;
            }
        }
        ShellFactory opening = acceptNewHostKeys ? new AcceptNewHostKeys(shells, hostKeys, out) : shells;
        PreflightReport report = preflight.check(dir, campaign, environments, opening, CancellationToken.none());
        CheckTables.printAll(out, report);
        if (!report.fingerprints().isEmpty()) {
            out.println("Host facts written to " + dir.resolve(Journal.HOSTS) + "/ (one ENV.json per environment"
                    + " reached).");
        }
        if (report.passed()) {
            out.println("Every required check passed" + (report.warningRows() == 0 ? "."
                    : "; " + report.warningRows() + " warning(s) above are worth a look."));
            return VirtImpactCli.OK;
        }
        out.println(report.failures() + " required check(s) failed. Fix them (see 'what to do') and run 'virtimpact"
                + " check " + dir + "' again; 'virtimpact run' does not start until they pass.");
        return CHECK_FAILED;
    }
}
