package org.virtimpact.core.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.core.preflight.PreflightFixtures.campaign;
import static org.virtimpact.core.preflight.PreflightFixtures.dd;
import static org.virtimpact.core.preflight.PreflightFixtures.local;
import static org.virtimpact.core.preflight.PreflightFixtures.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.HostFingerprint;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.report.HostFacts;

/** hosts/ENV.json written by a check and compared with what earlier checks or runs recorded. */
class PreflightHostFilesTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    private final Preflight preflight = new Preflight(BenchmarkCatalog.standard(), Clock.systemUTC());

    @Test
    void checkWritesHostFactsTheReportReads() {
        Campaign c = campaign(List.of(local("this machine", scratch)), dd("1M"));

        preflight.check(dir, c, c.environments(), env -> new LocalShell(), CancellationToken.none());

        Map<String, String> facts = new HostFacts().load(dir.resolve("hosts")).facts().get("this machine");
        assertTrue(Files.exists(dir.resolve("hosts/this-machine.json")));
        assertEquals(Integer.toString(Runtime.getRuntime().availableProcessors()), facts.get("cpus"));
        assertTrue(!facts.getOrDefault(HostFingerprint.DETECTED_MODE, "").isBlank(), facts.toString());
    }

    @Test
    void guestRecordedEarlierWithOtherVcpusMakesTheCheckedOneWarn() throws Exception {
        Files.createDirectories(dir.resolve("hosts"));
        Files.writeString(dir.resolve("hosts/baseline.json"), "{\"environment\": \"baseline\", \"facts\": {"
                + "\"cpus\": \"64\", \"kernel\": \"Linux 2.6.18-xen i686\"}}");
        Campaign c = campaign(List.of(local("baseline", scratch), local("here", scratch)), dd("1M"));

        PreflightReport report = preflight.check(dir, c, List.of(c.environments().get(1)), env -> new LocalShell(),
                CancellationToken.none());

        CheckRow same = row(report, "here", "same VM");
        assertEquals(CheckStatus.WARNING, same.status());
        assertTrue(same.detail().contains("cpus differs from baseline") && same.detail().contains("kernel differs"),
                same.detail());
        assertTrue(report.warnings().stream().anyMatch(w -> w.kind() == FingerprintWarning.Kind.DIFFERENT_VM
                && w.environment().equals("here")), report.warnings().toString());
        assertTrue(report.passed(), "identical VMs are advisory");
    }

    @Test
    void twoChecksOfTheSameMachineAreTheSameVm() {
        Campaign c = campaign(List.of(local("a", scratch), local("b", scratch)), dd("1M"));

        PreflightReport report = preflight.check(dir, c, c.environments(), env -> new LocalShell(),
                CancellationToken.none());

        assertEquals(CheckStatus.OK, row(report, "b", "same VM").status(), row(report, "b", "same VM").toString());
        assertTrue(row(report, "a", "same VM").detail().contains("baseline"));
    }
}
