package org.virtimpact.core.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.core.preflight.PreflightFixtures.campaign;
import static org.virtimpact.core.preflight.PreflightFixtures.dd;
import static org.virtimpact.core.preflight.PreflightFixtures.local;
import static org.virtimpact.core.preflight.PreflightFixtures.row;
import static org.virtimpact.core.preflight.PreflightFixtures.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;

/** Preflight of campaigns on this machine, through the real LocalShell. */
class PreflightLocalTest {

    @TempDir
    Path scratch;

    private final Preflight preflight = new Preflight(BenchmarkCatalog.standard(), Clock.systemUTC());

    private PreflightReport check(Campaign campaign) {
        return preflight.check(campaign, campaign.environments(), env -> new LocalShell(), CancellationToken.none());
    }

    @Test
    void localCampaignPassesEveryRequiredCheck() {
        Campaign c = campaign(List.of(local("here", scratch)), dd("1M"),
                spec("membw", Map.of("array", List.of("1M")), Map.of("ntimes", "3")));

        PreflightReport report = check(c);

        assertTrue(report.passed(), report.toString());
        assertTrue(report.tables().stream().flatMap(t -> t.rows().stream())
                .noneMatch(r -> r.status() == CheckStatus.FAILED), report.toString());
        assertEquals(CheckStatus.OK, row(report, "here", "tool dd").status());
        assertEquals(CheckStatus.OK, row(report, "here", "tool cc").status());
        assertTrue(row(report, "here", "free space").detail().contains("needs 1.0 MiB"), report.toString());
        assertEquals(CheckStatus.OK, row(report, "here", "clock").status());
        assertTrue(report.fingerprints().get("here").fact("dd").contains("coreutils"));
    }

    @Test
    void programMissingFromPathFailsItsToolRowWithHowToInstallIt(@TempDir Path bin) throws Exception {
        for (String tool : List.of("readlink", "dd", "df", "awk", "rm", "stat", "date", "id")) {
            Files.copy(Path.of("/usr/bin", tool).toRealPath(), bin.resolve(tool), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Campaign c = campaign(List.of(local("here", scratch)), dd("1M"),
                spec("fio", Map.of("rw", List.of("read"), "bs", List.of("4K")), Map.of("size", "1M")));

        PreflightReport report = preflight.check(c, c.environments(),
                env -> new PreflightFixtures.PathShell(new LocalShell(), bin), CancellationToken.none());

        CheckRow fio = row(report, "here", "tool fio");
        assertEquals(CheckStatus.FAILED, fio.status());
        assertTrue(fio.detail().contains("not on the PATH") && fio.detail().contains("needed by fio"), fio.detail());
        assertTrue(fio.fix().contains("apt-get install fio"), fio.fix());
        assertEquals(CheckStatus.OK, row(report, "here", "tool dd").status());
        assertFalse(report.passed());
    }

    @Test
    void streamBinaryThatDoesNotExistIsNamed() {
        String binary = scratch.resolve("no-such-stream").toString();
        Campaign c = campaign(List.of(local("here", scratch)), spec("stream", Map.of(), Map.of("binary", binary)));

        CheckRow row = row(check(c), "here", "tool " + binary);

        assertEquals(CheckStatus.FAILED, row.status());
        assertTrue(row.fix().contains("stream.c"), row.fix());
    }

    @Test
    void missingScratchFolderFailsAndSkipsTheSpaceCheck() {
        Campaign c = campaign(List.of(local("here", scratch.resolve("gone"))), dd("1M"));

        PreflightReport report = check(c);

        CheckRow dir = row(report, "here", "scratch dir");
        assertEquals(CheckStatus.FAILED, dir.status());
        assertTrue(dir.detail().contains("does not exist") && dir.fix().contains("mkdir -p"), dir.toString());
        assertEquals(CheckStatus.SKIPPED, row(report, "here", "free space").status());
        assertFalse(report.passed());
    }

    @Test
    void skewedClockOfThisMachineShowsAsAWarningOnly() {
        Preflight skewed = new Preflight(BenchmarkCatalog.standard(),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));
        Campaign c = campaign(List.of(local("here", scratch)), dd("1M"));

        PreflightReport report = skewed.check(c, c.environments(), env -> new LocalShell(), CancellationToken.none());

        CheckRow clock = row(report, "here", "clock");
        assertEquals(CheckStatus.WARNING, clock.status());
        assertTrue(clock.detail().contains("behind this machine's"), clock.detail());
        assertTrue(report.passed(), "a clock is advisory");
    }

    @Test
    void invalidCellIsAFailedRowOfTheCampaignTable() {
        Campaign c = campaign(List.of(local("here", scratch)),
                spec("iperf3", Map.of("protocol", List.of("udp"), "length", List.of("64K")), Map.of()));

        PreflightReport report = check(c);

        assertTrue(report.campaign().blocking().stream().anyMatch(r -> r.detail().contains("65,507")),
                report.campaign().toString());
        assertFalse(report.passed());
    }

    @Test
    void cancelledCheckRunsNothingAndDoesNotPass() {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        Campaign c = campaign(List.of(local("here", scratch)), dd("1M"));

        PreflightReport report = preflight.check(c, c.environments(), env -> new LocalShell(), cancel);

        assertTrue(report.cancelled());
        assertFalse(report.passed());
        assertTrue(report.fingerprints().isEmpty());
    }

    @Test
    void rootRowIsSkippedWhenNoCellDropsCaches() {
        Campaign c = campaign(List.of(local("here", scratch)), dd("1M"));

        assertEquals(CheckStatus.SKIPPED, row(check(c), "here", "root").status());
    }

    @Test
    void dropCachesAsRootPasses() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/proc/sys/vm/drop_caches")),
                "needs a user who may drop the page cache");
        Campaign c = campaign(List.of(local("here", scratch)), spec("dd", Map.of("size", List.of("1M")),
                Map.of("read_mode", "drop_caches")));

        CheckRow root = row(check(c), "here", "root");

        assertEquals(CheckStatus.OK, root.status(), root.toString());
        assertTrue(root.required());
    }

    @Test
    void environmentOutsideTheCampaignIsRefusedRatherThanComparedWithNothing() {
        Campaign c = campaign(List.of(local("here", scratch)), dd("1M"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> preflight.check(c,
                List.of(local("edited", scratch)), env -> new LocalShell(), CancellationToken.none()));

        assertTrue(e.getMessage().contains("withEnvironments"), e.getMessage());
    }

    @Test
    void environmentNotCheckedGetsNoTable() {
        Environment other = local("other", scratch.resolve("gone"));
        Campaign c = campaign(List.of(local("here", scratch), other), dd("1M"));

        PreflightReport report = preflight.check(c, List.of(c.environments().get(0)), env -> new LocalShell(),
                CancellationToken.none());

        assertEquals(List.of("here"), report.environments().stream().map(CheckTable::name).toList());
        assertTrue(report.passed(), report.toString());
    }
}
