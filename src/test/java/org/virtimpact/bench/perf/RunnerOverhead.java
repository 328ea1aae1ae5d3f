package org.virtimpact.bench.perf;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.core.run.ShellFactory;
import org.virtimpact.core.run.TickBenchmark;
import org.virtimpact.ssh.SshShellFactory;
import org.virtimpact.ssh.TestSshServer;

/**
 * What the runner itself adds between two repetitions: a campaign of a trivial benchmark (the
 * test-only {@code tick}, a {@code sleep} of a few milliseconds and one printed number) over the
 * local shell and over SSH to the in-process test server, comparing the wall time from one
 * repetition's start to the next with the command's own elapsed time. The difference is the
 * runner's: planning the next run, writing raw/ and results.csv (synced), progress, the process
 * group wrapper. Not a test, since a busy CI machine would make any bound flaky; run it on an
 * idle machine and put the figure in the README:
 *
 * <pre>
 * mvn -q -Dbuild.dir=target-perf test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target-perf/test-classes:target-perf/classes:$(cat /tmp/cp.txt) \
 *     org.virtimpact.bench.perf.RunnerOverhead [REPETITIONS]
 * </pre>
 */
public final class RunnerOverhead {

    private static final String TICK_MS = "5";
    private static final int WARM_UP = 50;

    private RunnerOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        PrintStream out = System.out;
        Path work = Files.createTempDirectory("virtimpact-overhead");
        out.printf(Locale.ROOT, "VirtImpact runner overhead, %d repetitions of tick (sleep %s ms), Java %s, %d CPUs%n",
                repetitions, TICK_MS, Runtime.version(), Runtime.getRuntime().availableProcessors());
        // an untimed round first, so the figures are of compiled code, not of the JIT warming up
        measure("warm-up", env -> new LocalShell(), Target.local(), work.resolve("warm-up"), WARM_UP);
        out.println(measure("local shell", env -> new LocalShell(), Target.local(), work.resolve("local"),
                repetitions));
        try (TestSshServer server = TestSshServer.start(Files.createDirectories(work.resolve("ssh-keys")))) {
            measure("warm-up", new SshShellFactory(), server.target(), work.resolve("ssh-warm-up"), WARM_UP);
            out.println(measure("SSH (in-process server)", new SshShellFactory(), server.target(),
                    work.resolve("ssh"), repetitions));
        }
    }

    private static String measure(String name, ShellFactory shells, Target target, Path dir, int repetitions)
            throws Exception {
        Files.createDirectories(dir.resolve("scratch"));
        Environment env = new Environment("bench", "native", "", target, dir.resolve("scratch").toString(), "");
        Settings settings = new Settings(repetitions, 60);
        Campaign campaign = new Campaign("overhead", "", List.of(env), List.of(TickBenchmark.spec(TICK_MS)), settings);
        RunPlan plan = new RunPlanner(TickBenchmark.catalog()).plan(dir, campaign, ResultSet.empty());
        Map<String, Long> commandNanos = new ConcurrentHashMap<>();
        ShellFactory timed = e -> new Timed(shells.open(e), commandNanos);
        List<Long> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void caseStarted(int index, int total, PlannedRun run) {
                starts.add(System.nanoTime());
                ids.add(run.runId());
            }
        };
        RunReport report = new CampaignRunner(timed, TickBenchmark.catalog(), Clock.systemUTC())
                .run(plan, listener, new CancellationToken());
        if (!report.allDone()) {
            throw new IllegalStateException(name + ": " + report.failures());
        }
        // from one start to the next, minus the command; the first run also connects and is left out
        List<Long> overhead = new ArrayList<>();
        for (int i = 1; i + 1 < starts.size(); i++) {
            overhead.add(starts.get(i + 1) - starts.get(i) - commandNanos.get(ids.get(i)));
        }
        overhead.sort(Comparator.naturalOrder());
        double mean = overhead.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "%-24s runner overhead per repetition: mean %.1f ms, median %.1f ms,"
                        + " p95 %.1f ms, max %.1f ms (%d repetitions)", name, mean, ms(overhead, 0.5),
                ms(overhead, 0.95), ms(overhead, 1.0), overhead.size());
    }

    private static double ms(List<Long> sorted, double quantile) {
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** Records each benchmark command's own elapsed time, as the shell measured it, by run id. */
    private record Timed(Shell delegate, Map<String, Long> nanos) implements Shell {
        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public CommandResult exec(String command, Duration timeout, CancellationToken cancel) throws ShellException {
            CommandResult result = delegate.exec(command, timeout, cancel);
            int at = command.indexOf(".virtimpact-tick-");
            if (at >= 0 && command.contains("echo tick=")) {
                String token = command.substring(at + ".virtimpact-tick-".length(), command.indexOf('\'', at));
                nanos.put(token, result.elapsed().toNanos());
            }
            return result;
        }

        @Override
        public void upload(byte[] content, String path) throws ShellException {
            delegate.upload(content, path);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
