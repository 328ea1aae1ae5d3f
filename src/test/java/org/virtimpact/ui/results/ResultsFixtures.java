package org.virtimpact.ui.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.results.PublishedSummary;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.ui.OpenCampaign;

/** Two Xen guests measured with dd and membw, small enough to compute every number by hand. */
final class ResultsFixtures {

    static final String PV = "Xen PV";
    static final String HVM = "Xen HVM";
    static final List<String> ENVS = List.of(PV, HVM);
    static final String CELL = "block=512 size=8M";

    private ResultsFixtures() {
    }

    static Campaign campaign() {
        return new Campaign("Xen study", "", List.of(
                new Environment(PV, "Xen PV", "dom0", Target.local(), "/tmp", ""),
                new Environment(HVM, "Xen HVM", "dom0", Target.local(), "/tmp", "")),
                List.of(new BenchmarkSpec("dd", Map.of("size", List.of("8M")), Map.of())), new Settings(3, 60));
    }

    static OpenCampaign open(Path dir) {
        return new OpenCampaign(dir, campaign());
    }

    static Sample dd(String env, String metric, double value, int rep) {
        return new Sample(env + ".dd.r" + rep, Instant.EPOCH, env, "Disk", "dd", metric, value, "MB/s", rep, "ok",
                Map.of("size", "8M", "block", "512"));
    }

    static Sample membw(String env, double value, int rep) {
        return new Sample(env + ".membw.r" + rep, Instant.EPOCH, env, "Memory", "membw", "copy", value, "MB/s",
                rep, "ok", Map.of("array", "64M"));
    }

    /** HVM writes 101, 102, 103 MB/s; PV 121, 122, 123; HVM alone reads and copies memory. */
    static ResultSet someResults() {
        List<Sample> samples = new ArrayList<>();
        for (int rep = 1; rep <= 3; rep++) {
            samples.add(membw(HVM, 9000 + rep, rep));
            samples.add(dd(HVM, "write_rate", 100 + rep, rep));
            samples.add(dd(HVM, "read_rate", 500 + rep, rep));
            samples.add(dd(PV, "write_rate", 120 + rep, rep));
        }
        return new ResultSet(samples, List.of());
    }

    /** A published mean of the PV guest's read rate, without n or sd. */
    static PublishedSummary publishedRead(double mean) {
        return new PublishedSummary(PV, "Disk", "dd", "read_rate", "MB/s", mean, OptionalInt.empty(),
                OptionalDouble.empty(), Map.of("size", "8M", "block", "512"), "paper.csv line 2");
    }
}
