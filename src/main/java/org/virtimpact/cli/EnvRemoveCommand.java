package org.virtimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code virtimpact env remove DIR --name NAME}. Measured results stay in results.csv. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Removes an environment from the campaign in DIR.",
            "Its rows in results.csv and its files in raw/ and hosts/ are kept."})
final class EnvRemoveCommand implements Callable<Integer> {

    private final PrintWriter out;
    private final PrintWriter err;
    private final CampaignStore store;

    @Parameters(index = "0", paramLabel = "DIR", description = "Campaign folder holding campaign.json.")
    private Path dir;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The environment to remove.")
    private String name;

    EnvRemoveCommand(PrintWriter out, PrintWriter err, CampaignStore store) {
        this.out = out;
        this.err = err;
        this.store = store;
    }

    @Override
    public Integer call() {
        try {
            Campaign campaign = store.load(dir);
            if (campaign.environment(name).isEmpty()) {
                throw new BadInput("The campaign in " + dir + " has no environment '" + name + "'. Its environments: "
                        + names(campaign) + ".");
            }
            List<Environment> kept = campaign.environments().stream().filter(e -> !e.name().equals(name)).toList();
            store.save(dir, campaign.withEnvironments(kept));
            out.println("Removed the environment '" + name + "' from " + dir.resolve(CampaignStore.CAMPAIGN_FILE)
                    + "; its measured results are kept.");
            return VirtImpactCli.OK;
        } catch (CampaignException | BadInput e) {
            err.println(e.getMessage());
            return VirtImpactCli.BAD_INPUT;
        }
    }

    private static String names(Campaign campaign) {
        return campaign.environments().isEmpty() ? "none"
                : String.join(", ", campaign.environments().stream().map(e -> "'" + e.name() + "'").toList());
    }
}
