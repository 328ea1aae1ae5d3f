package org.virtimpact.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.e2e.Testbed.HVM;
import static org.virtimpact.e2e.Testbed.PV;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunReport;

/**
 * A small campaign, planned and run by core through the real SSH client against the real sshd of
 * two test bed guests: dd, membw and a network benchmark against the peer guest. The slowed guest
 * (rate-limited link) must come out measurably slower on the network.
 */
class TestbedCampaignTest {

    private static Testbed bed;

    @BeforeEach
    void testbed() {
        bed = Testbed.require();
    }

    @Test
    void smallCampaignOverSshShowsTheRateLimitedGuestSlowerOnTheNetwork(@TempDir Path campaignDir,
                                                                        @TempDir Path home) throws Exception {
        List<BenchmarkSpec> specs = new ArrayList<>(List.of(
                new BenchmarkSpec("dd", Map.of("size", List.of("1M"), "block", List.of("4K")), Map.of()),
                new BenchmarkSpec("membw", Map.of("array", List.of("1M")), Map.of("ntimes", "3")),
                new BenchmarkSpec("iperf3", Map.of("protocol", List.of("tcp"), "length", List.of("128K")),
                        Map.of("duration", "2"))));
        Testbed.netperfSpec().ifPresentOrElse(specs::add,
                () -> System.out.println("[e2e] this build has no netperf benchmark; iperf3 measures the network"));
        Environment pv = bed.environment(PV);
        Environment hvm = bed.environment(HVM);
        Campaign campaign = new Campaign("testbed campaign", "", List.of(pv, hvm), specs, new Settings(2, 120));

        long start = System.nanoTime();
        RunReport report = bed.run(campaign, campaignDir, home, RunListener.NONE, CancellationToken.none());
        System.out.println("[e2e] campaign of " + report.planned() + " runs took "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");

        assertTrue(report.allDone(), () -> "failures: " + report.failures());
        List<Sample> samples = new CsvResults().read(campaignDir.resolve(Journal.RESULTS)).samples();
        assertEquals(report.planned(), samples.stream().map(Sample::runId).distinct().count(),
                "every planned run left samples");
        Map<String, Long> ddPerEnv = samples.stream().filter(s -> s.benchmark().equals("dd"))
                .collect(Collectors.groupingBy(Sample::environment, Collectors.counting()));
        assertEquals(Map.of(pv.name(), 2L * 4, hvm.name(), 2L * 4), ddPerEnv, "write/read rate and time, twice");
        assertTrue(samples.stream().filter(s -> s.benchmark().equals("membw")).allMatch(s -> s.value() > 0));
        for (Environment env : List.of(pv, hvm)) {
            assertTrue(Files.isRegularFile(campaignDir.resolve(Journal.HOSTS).resolve(env.slug() + ".json")));
        }

        double fast = mean(samples, pv, "iperf3", "throughput");
        double slow = mean(samples, hvm, "iperf3", "throughput");
        System.out.printf("[e2e] iperf3 TCP throughput: %s %.0f Mbit/s, %s %.0f Mbit/s (link limited to %s)%n",
                pv.name(), fast, hvm.name(), slow, "200mbit");
        assertTrue(slow < 250, "the rate-limited guest is held near 200 Mbit/s, measured " + slow);
        assertTrue(slow < fast / 2, "the rate-limited guest is measurably slower: " + slow + " vs " + fast);
        if (Testbed.netperfSpec().isPresent()) {
            assertSlowerOnNetperf(samples, pv, hvm);
        }

        for (String guest : List.of(PV, HVM)) {
            assertTrue(Testbed.eventually(Duration.ofSeconds(10), () -> bed.strayProcesses(guest).isEmpty()),
                    () -> guest + " still runs " + bed.strayProcesses(guest));
            assertEquals(Set.of(), leftovers(guest), "temporary files left in the scratch of " + guest);
        }
    }

    /** Every throughput metric netperf reported (a unit in bits per second) is lower on the limited guest. */
    private static void assertSlowerOnNetperf(List<Sample> samples, Environment pv, Environment hvm) {
        Set<String> metrics = samples.stream().filter(s -> s.benchmark().equals("netperf")
                && s.unit().toLowerCase(java.util.Locale.ROOT).contains("bit")).map(Sample::metric)
                .collect(Collectors.toSet());
        assertTrue(!metrics.isEmpty(), "netperf reported a throughput in bits per second");
        for (String metric : metrics) {
            double fast = mean(samples, pv, "netperf", metric);
            double slow = mean(samples, hvm, "netperf", metric);
            System.out.printf("[e2e] netperf %s: %s %.0f, %s %.0f%n", metric, pv.name(), fast, hvm.name(), slow);
            assertTrue(slow < fast / 2, "netperf " + metric + ": " + slow + " vs " + fast);
        }
    }

    private static Set<String> leftovers(String guest) {
        return bed.filesIn(guest, bed.scratch()).stream().filter(f -> f.startsWith(".virtimpact-dd-"))
                .collect(Collectors.toSet());
    }

    private static double mean(List<Sample> samples, Environment env, String benchmark, String metric) {
        return samples.stream().filter(s -> s.environment().equals(env.name()) && s.benchmark().equals(benchmark)
                        && s.metric().equals(metric))
                .mapToDouble(Sample::value).average()
                .orElseThrow(() -> new AssertionError("no " + benchmark + " " + metric + " on " + env.name()));
    }
}
