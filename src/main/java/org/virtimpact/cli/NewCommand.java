package org.virtimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.CampaignTemplates;
import org.virtimpact.core.campaign.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code virtimpact new DIR --template NAME}: a campaign folder to start from. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates the campaign folder DIR from a template.",
            "quickstart: dd and membw on this machine, one minute.",
            "xen-2008: the 2008 study's matrix (dd 128M-4G, membw, linpack) on two Xen guests, 10 repetitions.",
            "DIR must not exist yet, or be empty."})
final class NewCommand implements Callable<Integer> {

    private final PrintWriter out;
    private final PrintWriter err;
    private final CampaignTemplates templates;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new campaign folder.")
    private Path dir;

    @Option(names = "--template", paramLabel = "NAME", defaultValue = CampaignTemplates.QUICKSTART,
            description = "One of: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).",
            completionCandidates = TemplateNames.class)
    private String template;

    NewCommand(PrintWriter out, PrintWriter err, CampaignTemplates templates) {
        this.out = out;
        this.err = err;
        this.templates = templates;
    }

    @Override
    public Integer call() {
        Campaign campaign;
        try {
            campaign = templates.create(dir, template);
        } catch (CampaignException e) {
            err.println(e.getMessage());
            return VirtImpactCli.BAD_INPUT;
        }
        out.println("Created " + dir.resolve(CampaignStore.CAMPAIGN_FILE) + " from the template " + template + ": '"
                + campaign.name() + "', " + campaign.environments().size() + " environment(s), "
                + campaign.benchmarks().size() + " benchmark(s), " + campaign.settings().repetitions()
                + " repetitions.");
        List<Environment> aliased = campaign.environments().stream().filter(e -> e.target().usesSshConfig()).toList();
        if (!aliased.isEmpty()) {
            out.println("Its environments reach their guests through SSH config aliases: "
                    + String.join(", ", aliased.stream().map(e -> e.name() + " -> Host " + e.target().hostAlias())
                    .toList()) + ".");
            out.println("Add those Host entries to ~/.ssh/config, or replace an environment, e.g.:");
            Environment first = aliased.get(0);
            out.println("  virtimpact env remove " + dir + " --name '" + first.name() + "'");
            out.println("  virtimpact env add " + dir + " --name '" + first.name() + "' --mode '" + first.mode()
                    + "' --ssh USER@HOST --scratch " + first.scratchDir());
        }
        out.println("Then run it: virtimpact run " + dir);
        return VirtImpactCli.OK;
    }

    /** The template names, for the help text and shell completion. */
    static final class TemplateNames extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        TemplateNames() {
            super(CampaignTemplates.NAMES);
        }
    }
}
