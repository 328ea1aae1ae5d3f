package org.virtimpact.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.ssh.SshOptions;
import org.virtimpact.ssh.SshShellFactory;

/** One call of the CLI wired as in production, but with SSH options of the test's own (home, agent). */
final class SshCliRun {

    private SshCliRun() {
    }

    static CliRun with(SshOptions ssh, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new VirtImpactCli(new PrintWriter(out, true), new PrintWriter(err, true), new SshShellFactory(ssh),
                BenchmarkCatalog.standard(), Clock.systemUTC(), new JvmShutdownHooks(), ssh).run(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
