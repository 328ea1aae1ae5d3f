package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

/**
 * Managed and unmanaged peers with the real netperf and netserver on loopback: environment
 * "guest" runs the client, environment "peer" (this machine too) gets netserver started and
 * stopped by the run.
 */
class PeerManagerTest {

    @TempDir
    Path campaignDir;
    @TempDir
    Path guestScratch;
    @TempDir
    Path peerScratch;

    private int port;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void pickAFreePort() throws Exception {
        port = PeerProcesses.freePort();
    }

    private BenchmarkSpec netperf(String... tests) {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("test", List.of(tests));
        axes.put("message", List.of("512"));
        return new BenchmarkSpec("netperf", axes, Map.of("length", "1", "port", Integer.toString(port)));
    }

    /** A managed guest gets the "peer" environment beside it; an unmanaged one is alone. */
    private Campaign campaign(String guestPeer, int repetitions, BenchmarkSpec spec) {
        Environment guest = new Environment("guest", "native", "", Target.local(), guestScratch.toString(), guestPeer);
        Environment peer = new Environment("peer", "native", "", Target.local(), peerScratch.toString(), "");
        return Fixtures.campaign(guestPeer.startsWith("@") ? List.of(guest, peer) : List.of(guest), List.of(spec),
                repetitions);
    }

    private RunReport run(Campaign campaign, CancellationToken cancel, RunListener extra) throws PlanException {
        return run(campaign, cancel, extra, env -> new LocalShell());
    }

    private RunReport run(Campaign campaign, CancellationToken cancel, RunListener extra, ShellFactory shells)
            throws PlanException {
        RunPlan plan = Fixtures.planner().plan(campaignDir, campaign, ResultSet.empty());
        RunListener listener = new Fixtures.RecordingListener() {
            @Override
            public void message(String text) {
                messages.add(text);
            }

            @Override
            public void sampleRecorded(Sample sample) {
                extra.sampleRecorded(sample);
            }
        };
        return new CampaignRunner(shells, BenchmarkCatalog.standard(), Clock.systemUTC()).run(plan, listener, cancel);
    }

    private List<Sample> rows(String test, String metric) throws Exception {
        return new CsvResults().read(campaignDir.resolve(Journal.RESULTS)).samples().stream()
                .filter(s -> s.axes().get("test").equals(test) && s.metric().equals(metric)).toList();
    }

    @Test
    void managedPeerMeasuresTcpAndUdpAndStopsTheNetserverItStarted() throws Exception {
        RunReport report = run(campaign("@peer", 2, netperf("TCP_STREAM", "UDP_STREAM")), new CancellationToken(),
                RunListener.NONE);

        assertEquals(List.of(), report.failures());
        assertEquals(4, report.completed());
        assertEquals(2, rows("TCP_STREAM", "throughput").size());
        assertEquals(2, rows("UDP_STREAM", "throughput").size());
        assertEquals(2, rows("UDP_STREAM", "send_throughput").size());
        assertTrue(rows("TCP_STREAM", "throughput").stream().allMatch(s -> s.value() > 0));
        assertTrue(rows("UDP_STREAM", "throughput").stream().allMatch(s -> s.value() > 0));
        assertEquals(List.of(), PeerProcesses.netservers(port));
        assertFalse(PeerProcesses.listening(port), "nothing may listen on " + port + " after the run");
    }

    @Test
    void startsTheNetserverOnceForTheWholeRun() throws Exception {
        run(campaign("@peer", 2, netperf("TCP_STREAM", "UDP_STREAM")), new CancellationToken(), RunListener.NONE);

        assertEquals(1, messages.stream().filter(m -> m.startsWith("Starting netserver")).count(), messages.toString());
        assertEquals(1, messages.stream().filter(m -> m.startsWith("Stopping netserver")).count(), messages.toString());
    }

    @Test
    void aCancelledRunStillStopsTheNetserver() throws Exception {
        CancellationToken cancel = new CancellationToken();
        RunListener cancelOnFirstSample = new RunListener() {
            @Override
            public void sampleRecorded(Sample sample) {
                cancel.cancel();
            }
        };

        RunReport report = run(campaign("@peer", 3, netperf("TCP_STREAM")), cancel, cancelOnFirstSample);

        assertTrue(report.cancelled());
        assertEquals(1, report.completed());
        assertEquals(List.of(), PeerProcesses.netservers(port));
        assertFalse(PeerProcesses.listening(port));
    }

    @Test
    void aNetserverAlreadyListeningIsUsedAndLeftRunning() throws Exception {
        Process theirs = PeerProcesses.startNetserver(port);
        try {
            RunReport report = run(campaign("@peer", 1, netperf("TCP_STREAM")), new CancellationToken(),
                    RunListener.NONE);

            assertEquals(List.of(), report.failures());
            assertTrue(theirs.isAlive(), "the run stopped a netserver it did not start");
            assertTrue(PeerProcesses.listening(port));
            assertTrue(messages.stream().anyMatch(m -> m.contains("already in use")), messages.toString());
        } finally {
            PeerProcesses.stop(theirs);
        }
    }

    @Test
    void anUnmanagedPeerWithoutNetserverFailsEveryRunWithTheReasonAndGoesOn() throws Exception {
        RunReport report = run(campaign("127.0.0.1", 2, netperf("TCP_STREAM", "UDP_STREAM")), new CancellationToken(),
                RunListener.NONE);

        assertEquals(0, report.completed());
        assertEquals(4, report.failures().size());
        assertFalse(report.cancelled());
        assertTrue(report.failures().stream().allMatch(f -> f.reason().contains("no netserver answered on 127.0.0.1"
                + " port " + port)), report.failures().toString());
    }

    @Test
    void aNetserverThatCannotStartFailsEveryRunThatNeedsItWithOneTry(@TempDir Path bin) throws Exception {
        Path noNetserver = Fixtures.binWith(bin, "rm", "cat");
        ShellFactory shells = env -> env.name().equals("peer")
                ? new Fixtures.RecordingShell(new LocalShell(), noNetserver) : new LocalShell();

        RunReport report = run(campaign("@peer", 2, netperf("TCP_STREAM")), new CancellationToken(), RunListener.NONE,
                shells);

        assertEquals(0, report.completed());
        assertEquals(2, report.failures().size());
        assertTrue(report.failures().stream().allMatch(f -> f.reason().startsWith("could not start netserver (port "
                + port + ") on peer peer: netserver is not installed")), report.failures().toString());
        assertEquals(1, messages.stream().filter(m -> m.startsWith("Starting netserver")).count(), messages.toString());
    }
}
