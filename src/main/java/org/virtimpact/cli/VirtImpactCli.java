package org.virtimpact.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.run.ShellFactory;
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
            "130 stopped with Ctrl-C (what was measured is kept), 1 internal error."})
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

    @Spec
    private CommandSpec spec;

    public VirtImpactCli(PrintWriter out, PrintWriter err, ShellFactory shells, BenchmarkCatalog catalog,
                         Clock clock, InterruptSource interrupts) {
        this.out = out;
        this.err = err;
        this.shells = shells;
        this.catalog = catalog;
        this.clock = clock;
        this.interrupts = interrupts;
    }

    public VirtImpactCli(PrintWriter out, PrintWriter err, ShellFactory shells, Clock clock) {
        this(out, err, shells, BenchmarkCatalog.standard(), clock, new JvmShutdownHooks());
    }

    /** The production wiring; returns the exit status for {@code System.exit}. */
    public static int execute(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return new VirtImpactCli(out, err, new SshShellFactory(), BenchmarkCatalog.standard(), Clock.systemUTC(),
                new JvmShutdownHooks()).run(args);
    }

    public int run(String... args) {
        // Fresh command objects per call: picocli keeps option values in them.
        CommandLine parse = new CommandLine(new ParseCommand(out, err, catalog));
        parse.getCommandSpec().usageMessage().footer("", "TOOL is one of: " + toolIds() + ".");
        CommandLine cli = new CommandLine(this)
                .addSubcommand("run", new RunCommand(out, err, shells, catalog, clock, interrupts))
                .addSubcommand("parse", parse);
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
