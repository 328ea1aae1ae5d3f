package org.virtimpact.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.run.ShellFactory;

/** One call of the CLI with captured stdout and stderr, as a test sees it. */
record CliRun(int status, String out, String err) {

    /** Local shells for every environment: these tests measure this machine, never over SSH. */
    static CliRun local(String... args) {
        return with(environment -> new LocalShell(), new JvmShutdownHooks(), args);
    }

    static CliRun with(ShellFactory shells, InterruptSource interrupts, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new VirtImpactCli(new PrintWriter(out, true), new PrintWriter(err, true), shells,
                BenchmarkCatalog.standard(), Clock.systemUTC(), interrupts).run(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
