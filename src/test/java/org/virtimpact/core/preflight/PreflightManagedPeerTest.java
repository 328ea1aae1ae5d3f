package org.virtimpact.core.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.virtimpact.core.preflight.PreflightFixtures.campaign;
import static org.virtimpact.core.preflight.PreflightFixtures.local;
import static org.virtimpact.core.preflight.PreflightFixtures.row;
import static org.virtimpact.core.preflight.PreflightFixtures.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;

/**
 * A guest whose peer is {@code @peer=127.0.0.1}, and the environment {@code peer} that only hosts
 * its netserver. Each environment sees a PATH holding only its own side of netperf, so a check that
 * asked the server's host for the client (or the other way round) would fail.
 */
class PreflightManagedPeerTest {

    private static final String PEER_ROW = "peer netserver :12865";

    @TempDir
    Path scratch;
    @TempDir
    Path clientBin;
    @TempDir
    Path serverBin;

    private Campaign campaign;

    @BeforeEach
    void guestWithItsNetserverOnAnotherEnvironment() throws Exception {
        fakeProgram(clientBin, "netperf");
        fakeProgram(serverBin, "netserver");
        campaign = campaign(List.of(local("guest", scratch.toString(), "@peer=127.0.0.1"),
                local("peer", scratch.toString(), "")),
                spec("netperf", Map.of("test", List.of("TCP_STREAM"), "message", List.of("512")), Map.of()));
    }

    private static void fakeProgram(Path bin, String name) throws Exception {
        Path program = Files.writeString(bin.resolve(name), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private PreflightReport check() {
        return new Preflight(BenchmarkCatalog.standard(), Clock.systemUTC()).check(campaign, campaign.environments(),
                env -> new PreflightFixtures.PathShell(new LocalShell(), env.name().equals("peer") ? serverBin
                        : clientBin), CancellationToken.none());
    }

    @Test
    void aPeerWrittenWithAnAddressNamesTheEnvironmentBeforeTheEqualsSign() {
        CheckRow peer = row(check(), "guest", PEER_ROW);

        assertEquals(CheckStatus.OK, peer.status(), peer.toString());
        assertTrue(peer.detail().startsWith("started by VirtImpact at run time on peer ("), peer.detail());
        assertTrue(peer.detail().endsWith(", reached at 127.0.0.1"), peer.detail());
    }

    @Test
    void anEnvironmentThatIsOnlyAnothersPeerIsNotReportedAsLackingOne() {
        CheckRow peer = row(check(), "peer", PEER_ROW);

        assertEquals(CheckStatus.SKIPPED, peer.status(), peer.toString());
        assertTrue(peer.detail().contains("managed peer of guest"), peer.detail());
    }

    @Test
    void anEnvironmentThatIsOnlyAnothersPeerNeedsTheServerButNotTheClient() {
        PreflightReport report = check();

        assertEquals(CheckStatus.OK, row(report, "peer", "tool netserver").status());
        assertTrue(report.environments().stream().filter(t -> t.name().equals("peer"))
                .flatMap(t -> t.rows().stream()).noneMatch(r -> r.name().equals("tool netperf")), report.toString());
        assertEquals(CheckStatus.OK, row(report, "guest", "tool netperf").status());
    }

    @Test
    void bothEnvironmentsPassEveryPeerAndToolRow() {
        PreflightReport report = check();

        assertTrue(report.environments().stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.name().startsWith("peer ") || r.name().startsWith("tool "))
                .noneMatch(CheckRow::blocksRun), report.toString());
    }
}
