package org.virtimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.campaign.VirtualizationModes;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.ssh.SshRoutes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtimpact env add}: one more environment, reached either at an explicit
 * {@code [USER@]HOST[:PORT]} or through a {@code Host} alias of the SSH config. Nothing connects
 * here; the alias is only looked up, so a typo shows at once.
 */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds an environment to the campaign in DIR, reached over SSH.",
            "Give either --ssh [USER@]HOST[:PORT] or --ssh-host ALIAS (a Host of ~/.ssh/config, whose HostName,"
                + " Port, User, IdentityFile and ProxyJump apply). Passwords are never asked for or stored."})
final class EnvAddCommand implements Callable<Integer> {

    private final PrintWriter out;
    private final PrintWriter err;
    private final CampaignStore store;
    private final SshRoutes routes;

    @Parameters(index = "0", paramLabel = "DIR", description = "Campaign folder holding campaign.json.")
    private Path dir;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "Unique name, e.g. \"Xen PV\": letters, digits, spaces and . _ + ( ) -.")
    private String name;

    @Option(names = "--mode", required = true, paramLabel = "MODE",
            description = "Virtualization mode: one of ${COMPLETION-CANDIDATES}, or any other text.",
            completionCandidates = ModeCandidates.class)
    private String mode;

    @Option(names = "--ssh", paramLabel = "[USER@]HOST[:PORT]", description = "Where to log in.")
    private String ssh;

    @Option(names = "--ssh-host", paramLabel = "ALIAS", description = "A Host alias of the SSH config.")
    private String alias;

    @Option(names = "--identity", paramLabel = "FILE", description = "Private key file (else ssh-agent's keys,"
            + " the config's IdentityFile, or ~/.ssh/id_*).")
    private String identity;

    @Option(names = "--ssh-config", paramLabel = "FILE", description = "SSH config holding the alias"
            + " (default ~/.ssh/config).")
    private String sshConfig;

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "known_hosts file to check host keys"
            + " against (default the config's UserKnownHostsFile, else ~/.ssh/known_hosts).")
    private String knownHosts;

    @Option(names = "--scratch", paramLabel = "DIR", description = "Absolute folder on the environment for"
            + " temporary files (default /tmp; dd writes its test file there).")
    private String scratch;

    @Option(names = "--peer", paramLabel = "HOST", description = "netperf/iperf3 peer: HOST, @ENV or @ENV=ADDR.")
    private String peer;

    @Option(names = "--group", paramLabel = "NAME", description = "Physical host group; environments of one"
            + " group never run at the same time.")
    private String group;

    EnvAddCommand(PrintWriter out, PrintWriter err, CampaignStore store, SshRoutes routes) {
        this.out = out;
        this.err = err;
        this.store = store;
        this.routes = routes;
    }

    @Override
    public Integer call() {
        try {
            Campaign campaign = store.load(dir);
            Environment env = environment();
            if (campaign.environment(env.name()).isPresent()) {
                throw new BadInput("The campaign already has an environment named '" + env.name() + "'. Choose"
                        + " another name, or remove it first: virtimpact env remove " + dir + " --name '"
                        + env.name() + "'.");
            }
            List<Environment> envs = new ArrayList<>(campaign.environments());
            envs.add(env);
            store.save(dir, campaign.withEnvironments(envs));
            out.println("Added the environment '" + env.name() + "' (" + describeMode(env.mode()) + ") to "
                    + dir.resolve(CampaignStore.CAMPAIGN_FILE) + ".");
            report(env.target());
            return VirtImpactCli.OK;
        } catch (CampaignException | BadInput e) {
            err.println(e.getMessage());
            return VirtImpactCli.BAD_INPUT;
        }
    }

    private Environment environment() throws BadInput {
        if ((ssh == null) == (alias == null)) {
            throw new BadInput(ssh == null ? "Say how to reach the environment: --ssh [USER@]HOST[:PORT] or"
                    + " --ssh-host ALIAS (a Host of ~/.ssh/config)."
                    : "Give either --ssh or --ssh-host, not both: --ssh-host takes everything from the SSH config.");
        }
        if (ssh != null && sshConfig != null) {
            throw new BadInput("--ssh-config only applies to --ssh-host ALIAS; an --ssh target is used as written.");
        }
        if (mode.isBlank()) {
            throw new BadInput("--mode is empty; use one of " + VirtualizationModes.PRESETS + " or describe the mode.");
        }
        if (scratch != null && !scratch.startsWith("/")) {
            throw new BadInput("--scratch " + scratch + ": give an absolute folder on the environment, e.g."
                    + " /var/tmp ('~' is not expanded there).");
        }
        try {
            Target target = ssh != null
                    ? SshAddress.parse(ssh).target(localPath(identity), localPath(knownHosts))
                    : Target.sshAlias(alias.strip(), localPath(sshConfig), null, 0, localPath(identity),
                    localPath(knownHosts));
            return new Environment(name.strip(), VirtualizationModes.normalise(mode), group, target, scratch, peer);
        } catch (IllegalArgumentException e) {
            throw new BadInput("Can't add '" + name + "': " + e.getMessage() + ".");
        }
    }

    /** Says where the target leads, and warns about what would stop the first run. */
    private void report(Target target) {
        try {
            out.println("It is reached as " + routes.describe(target) + ".");
        } catch (ShellException e) {
            err.println("Warning: " + e.getMessage());
        }
        if (target.identityFile() != null && !target.identityFile().startsWith("~")
                && !Files.isRegularFile(Path.of(target.identityFile()))) {
            err.println("Warning: the identity file " + target.identityFile() + " does not exist here; create it"
                    + " (ssh-keygen -t ed25519 -f FILE) before running.");
        }
    }

    /** A relative local path would depend on where the next command is started; '~/' stays for portability. */
    private static String localPath(String path) {
        if (path == null || path.isBlank() || path.startsWith("~")) {
            return path;
        }
        return Path.of(path).toAbsolutePath().normalize().toString();
    }

    private static String describeMode(String mode) {
        return VirtualizationModes.PRESETS.contains(mode) ? mode
                : mode + ", not one of the presets " + VirtualizationModes.PRESETS + ", kept as typed";
    }

    /** The presets, for the help text and shell completion. */
    static final class ModeCandidates extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ModeCandidates() {
            super(VirtualizationModes.PRESETS);
        }
    }
}
