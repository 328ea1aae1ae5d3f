package org.virtimpact.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.CampaignTemplates;
import org.virtimpact.core.report.CampaignReports;
import org.virtimpact.core.run.ShellFactory;
import org.virtimpact.export.CampaignExports;
import org.virtimpact.ssh.SshHostKeyTrust;
import org.virtimpact.ssh.SshOptions;
import org.virtimpact.ssh.SshRoutes;
import org.virtimpact.ssh.SshShellFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code virtimpact} command line. Every dependency comes in through the constructor, so
 * tests run the real commands with their own output streams, shells and clock.
 */
@Command(name = "virtimpact", mixinStandardHelpOptions = true, versionProvider = VirtImpactCli.Version.class,
        description = "Runs virtualization benchmark campaigns and reads benchmark output.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit status: 0 all done, 2 bad input, 3 some repetitions failed or were cancelled,",
            "130 stopped with Ctrl-C (what was measured is kept), 1 a required preflight check failed",
            "(check, run) or an internal error."})
public final class VirtImpactCli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int INCOMPLETE = 3;

    private final PrintWriter out;
    private final PrintWriter err;
    private final ShellFactory shells;
    private final BenchmarkCatalog catalog;
    private final Clock clock;
    private final InterruptSource interrupts;
    private final SshOptions ssh;

    @Spec
    private CommandSpec spec;

    /**
     * @param ssh how {@code env add} resolves SSH config aliases and {@code --accept-new-host-key}
     *            reads and records host keys; the same options {@code shells} connects with
     */
    public VirtImpactCli(PrintWriter out, PrintWriter err, ShellFactory shells, BenchmarkCatalog catalog,
                         Clock clock, InterruptSource interrupts, SshOptions ssh) {
        this.out = out;
        this.err = err;
        this.shells = shells;
        this.catalog = catalog;
        this.clock = clock;
        this.interrupts = interrupts;
        this.ssh = ssh;
    }

    public VirtImpactCli(PrintWriter out, PrintWriter err, ShellFactory shells, BenchmarkCatalog catalog,
                         Clock clock, InterruptSource interrupts) {
        this(out, err, shells, catalog, clock, interrupts, SshOptions.defaults());
    }

    public VirtImpactCli(PrintWriter out, PrintWriter err, ShellFactory shells, Clock clock) {
        this(out, err, shells, BenchmarkCatalog.standard(), clock, new JvmShutdownHooks());
    }

    /** The production wiring; returns the exit status for {@code System.exit}. */
    public static int execute(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        SshOptions ssh = SshOptions.defaults().withPassphrases(new ConsolePassphrase(err, System::console));
        return new VirtImpactCli(out, err, new SshShellFactory(ssh), BenchmarkCatalog.standard(), Clock.systemUTC(),
                new JvmShutdownHooks(), ssh).run(args);
    }

    public int run(String... args) {
        // Fresh command objects per call: picocli keeps option values in them.
        CommandLine parse = new CommandLine(new ParseCommand(out, err, catalog));
        parse.getCommandSpec().usageMessage().footer("", "TOOL is one of: " + toolIds() + ".");
        CampaignStore store = new CampaignStore();
        CommandLine env = new CommandLine(new EnvCommand(err))
                .addSubcommand("add", new EnvAddCommand(out, err, store, new SshRoutes(ssh)))
                .addSubcommand("remove", new EnvRemoveCommand(out, err, store));
        CommandLine cli = new CommandLine(this)
                .addSubcommand("new", new NewCommand(out, err, new CampaignTemplates(store)))
                .addSubcommand("env", env)
                .addSubcommand("run", new RunCommand(out, err, shells, catalog, clock, interrupts,
                        new SshHostKeyTrust(ssh)))
                .addSubcommand("check", new CheckCommand(out, err, shells, catalog, clock, new SshHostKeyTrust(ssh)))
                .addSubcommand("parse", parse)
                .addSubcommand("import", new ImportCommand(out, err, catalog, clock))
                .addSubcommand("report", new ReportCommand(out, err, new CampaignReports(catalog)))
                .addSubcommand("export", new ExportCommand(out, err,
                        words -> new CampaignExports(catalog, clock, words)));
        // Set after the subcommands are added: picocli applies these to the hierarchy as it is now.
        cli.setOut(out).setErr(err).setExecutionExceptionHandler(this::unexpected);
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Without a command there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        err.println("Missing command.");
        spec.commandLine().usage(err);
        return BAD_INPUT;
    }

    private String toolIds() {
        return String.join(", ", catalog.all().stream().map(Benchmark::id).toList());
    }

    /**
     * Commands report every expected problem themselves; reaching here is a bug. The person still
     * gets one line rather than a stack trace, with enough to report it.
     */
    private int unexpected(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        err.println("virtimpact stopped on an internal error (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "). Please report it with the command you ran.");
        err.flush();
        return INTERNAL_ERROR;
    }

    /** The version of the jar when its manifest says so, otherwise a development build. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = VirtImpactCli.class.getPackage().getImplementationVersion();
            return new String[] {"virtimpact " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
        }
    }
}
