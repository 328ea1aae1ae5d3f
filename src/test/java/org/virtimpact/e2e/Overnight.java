package org.virtimpact.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.virtimpact.cli.VirtImpactCli;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.core.run.TickBenchmark;
import org.virtimpact.ssh.SshShellFactory;

/** Runs and checks for the overnight fault tests: a catalog with the test-only tick, a log, the counts. */
final class Overnight {

    static final BenchmarkCatalog CATALOG = TickBenchmark.catalog();

    private Overnight() {
    }

    /** Every listener call worth reading in a failure message, in order. */
    static final class Log implements RunListener {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void message(String text) {
            lines.add(text);
        }

        @Override
        public void caseStarted(int index, int total, PlannedRun run) {
            lines.add("started " + run.runId());
        }

        @Override
        public void caseFailed(PlannedRun run, String reason) {
            lines.add("failed " + run.runId() + ": " + reason);
        }

        boolean has(String start) {
            return lines.stream().anyMatch(l -> l.startsWith(start));
        }
    }

    static RunReport run(Testbed bed, Campaign campaign, Path dir, Path home, RunListener listener) throws Exception {
        RunPlan plan = new RunPlanner(CATALOG).plan(dir, campaign, new CsvResults().read(dir.resolve(Journal.RESULTS)));
        RunReport report = new CampaignRunner(new SshShellFactory(bed.sshOptions(home)), CATALOG, Clock.systemUTC())
                .run(plan, listener, new CancellationToken());
        System.out.println("[e2e] " + campaign.name() + ": " + report.completed() + " of " + report.planned()
                + " repetitions done" + (report.cancelled() ? ", cancelled" : ""));
        report.failures().forEach(f -> System.out.println("[e2e]   failed " + f.runId() + ": " + f.reason()));
        return report;
    }

    /** {@code virtimpact ARGS} in this JVM, over the test bed's SSH options. */
    record Cli(int status, String out, String err) {
        static Cli run(Testbed bed, Path home, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = new VirtImpactCli(new PrintWriter(out, true), new PrintWriter(err, true),
                    new SshShellFactory(bed.sshOptions(home)), BenchmarkCatalog.standard(), Clock.systemUTC(),
                    onInterrupt -> () -> { }, bed.sshOptions(home)).run(args);
            System.out.println("[e2e] virtimpact " + String.join(" ", args) + " -> exit " + status);
            return new Cli(status, out.toString(), err.toString());
        }
    }

    static List<Sample> samples(Path dir) throws Exception {
        ResultSet results = new CsvResults().read(dir.resolve(Journal.RESULTS));
        return results.samples();
    }

    /** Each metric of each run recorded once; every counted run has {@code rowsPerRun} rows. */
    static void assertNoDuplicates(List<Sample> samples, Map<String, Integer> rowsPerBenchmark) {
        Set<String> seen = new HashSet<>();
        for (Sample s : samples) {
            assertTrue(seen.add(s.runId() + " " + s.metric()), "recorded twice: " + s.runId() + " " + s.metric());
        }
        samples.stream().filter(Sample::counts).collect(Collectors.groupingBy(Sample::runId, Collectors.toList()))
                .forEach((run, rows) -> assertEquals(rowsPerBenchmark.get(rows.get(0).benchmark()), rows.size(),
                        "rows of " + run));
    }

    /** Measured repetitions per environment and cell (the run id without its repetition). */
    static Map<String, Long> repetitionsPerCell(List<Sample> samples) {
        return samples.stream().filter(s -> Sample.OK.equals(s.status())).map(Sample::runId).distinct()
                .collect(Collectors.groupingBy(id -> id.substring(0, id.lastIndexOf('.')), Collectors.counting()));
    }
}
