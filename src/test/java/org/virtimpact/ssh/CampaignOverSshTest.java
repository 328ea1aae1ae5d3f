package org.virtimpact.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
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

/** A whole campaign, planned and run by core, over SSH to a real server running the real tools. */
class CampaignOverSshTest {

    @Test
    void ddAndMembwCampaignRunsEndToEndOverSsh(@TempDir Path keys, @TempDir Path scratch,
                                               @TempDir Path campaignDir) throws Exception {
        try (TestSshServer server = TestSshServer.start(keys)) {
            Environment env = new Environment("kvm guest", "KVM virtio", "", server.target(), scratch.toString(), "");
            Campaign campaign = new Campaign("ssh e2e", "", List.of(env), List.of(
                    new BenchmarkSpec("dd", Map.of("size", List.of("1M"), "block", List.of("512")), Map.of()),
                    new BenchmarkSpec("membw", Map.of("array", List.of("1M")), Map.of("ntimes", "3"))),
                    new Settings(2, 120));
            BenchmarkCatalog catalog = BenchmarkCatalog.standard();
            RunPlan plan = new RunPlanner(catalog).plan(campaignDir, campaign, ResultSet.empty());

            RunReport report = new CampaignRunner(new SshShellFactory(), catalog, Clock.systemUTC())
                    .run(plan, RunListener.NONE, CancellationToken.none());

            assertTrue(report.allDone(), () -> "failures: " + report.failures());
            List<Sample> samples = new CsvResults().read(campaignDir.resolve(Journal.RESULTS)).samples();
            Map<String, Long> perBenchmark = samples.stream()
                    .collect(Collectors.groupingBy(Sample::benchmark, Collectors.counting()));
            assertEquals(Map.of("dd", 2L * 4, "membw", 2L * 8), perBenchmark);
            assertTrue(samples.stream().allMatch(s -> s.value() > 0 && Sample.OK.equals(s.status())
                    && "kvm guest".equals(s.environment())), samples::toString);
            assertEquals(List.of(1, 2), samples.stream().map(Sample::repetition).distinct().sorted().toList());
            for (PlannedRun run : plan.runs()) {
                assertTrue(Files.isRegularFile(campaignDir.resolve(Journal.RAW).resolve(run.runId() + ".stdout")),
                        run.runId());
            }
            assertTrue(Files.isRegularFile(campaignDir.resolve(Journal.HOSTS).resolve(env.slug() + ".json")));
            assertEquals(List.of(), leftovers(scratch));
        }
    }

    private static List<Path> leftovers(Path scratch) throws IOException {
        try (Stream<Path> files = Files.list(scratch)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".virtimpact-dd-")).toList();
        }
    }
}
