package org.virtimpact.core.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.virtimpact.core.preflight.PreflightFixtures.campaign;
import static org.virtimpact.core.preflight.PreflightFixtures.dd;
import static org.virtimpact.core.preflight.PreflightFixtures.local;
import static org.virtimpact.core.preflight.PreflightFixtures.row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;

/** A real 2 MiB tmpfs as the scratch folder: too small for a 4 MiB dd file, and in memory. */
class PreflightDiskTest {

    @TempDir
    Path dir;

    private Path small;
    private boolean mounted;

    @BeforeEach
    void mountSmallTmpfs() throws Exception {
        small = dir.resolve("small");
        java.nio.file.Files.createDirectories(small);
        mounted = run("mount", "-t", "tmpfs", "-o", "size=2M", "tmpfs", small.toString()) == 0;
        assumeTrue(mounted, "mounting a tmpfs needs root");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            assertEquals(0, run("umount", small.toString()), "the test tmpfs must be unmounted");
        }
    }

    private PreflightReport check(Campaign c) {
        return new Preflight(BenchmarkCatalog.standard(), Clock.systemUTC()).check(c, c.environments(),
                env -> new LocalShell(), CancellationToken.none());
    }

    @Test
    void fileLargerThanTheFreeSpaceFailsWithBothSizes() {
        PreflightReport report = check(campaign(List.of(local("here", small)), dd("1M"), dd("4M")));

        CheckRow space = row(report, "here", "free space");
        assertEquals(CheckStatus.FAILED, space.status());
        assertTrue(space.detail().contains("needs 4.0 MiB for the largest file (dd size=4M block=4K)")
                && space.detail().contains("only 2.0 MiB free in " + small), space.detail());
        assertFalse(report.passed());
    }

    @Test
    void fileThatFitsPassesButTmpfsIsFlagged() {
        PreflightReport report = check(campaign(List.of(local("here", small)), dd("1M")));

        assertEquals(CheckStatus.OK, row(report, "here", "free space").status());
        CheckRow onDisk = row(report, "here", "scratch on disk");
        assertEquals(CheckStatus.WARNING, onDisk.status());
        assertTrue(onDisk.detail().contains("tmpfs") && onDisk.fix().contains("/var/tmp"), onDisk.toString());
        assertTrue(report.passed(), report.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
