package org.virtimpact.core.bench.iperf3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.bench.PeerService;
import org.virtimpact.core.bench.RunContext;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellQuote;

/** The real iperf3 on 127.0.0.1: the server through its PeerService, the client through command(). */
class Iperf3EndToEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Iperf3Benchmark iperf3 = new Iperf3Benchmark();
    private final LocalShell shell = new LocalShell();
    private final List<PeerService> started = new ArrayList<>();

    @AfterEach
    void stopEveryServerStarted() throws Exception {
        for (PeerService service : started) {
            Path pidFile = pidFile(service.port());
            String pid = Files.exists(pidFile) ? Files.readString(pidFile).strip() : "";
            exec(service.stop());
            if (!pid.isEmpty() && running(pid)) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void tcpRunAgainstAStartedServerGivesReceivedThroughput() throws Exception {
        int port = startServer();

        List<Measurement> samples = run("tcp", "128K", port);

        assertTrue(value(samples, "throughput") > 0, samples.toString());
        assertTrue(value(samples, "send_throughput") > 0, samples.toString());
        assertEquals("Mbit/s", samples.get(0).unit());
    }

    @Test
    void udpRunAgainstAStartedServerGivesWhatArrivedAndTheLoss() throws Exception {
        int port = startServer();

        List<Measurement> samples = run("udp", "1K", port);

        assertTrue(value(samples, "throughput") > 0, samples.toString());
        assertTrue(value(samples, "lost_percent") >= 0 && value(samples, "lost_percent") < 100, samples.toString());
    }

    @Test
    void refusedConnectionIsAFailureThoughIperf3ExitsZero() throws Exception {
        int port = freePort();
        TestCase tc = cell("tcp", "1K", port);

        CommandResult result = exec(iperf3.command(tc, new RunContext("/tmp", "t1", Map.of(), "127.0.0.1")));

        assertEquals(0, result.exitCode(), "iperf3 3.12 reports this failure only in its JSON");
        OutputParseException e = assertThrows(OutputParseException.class, () -> iperf3.parse(result, tc));
        assertTrue(e.getMessage().contains("nothing listens on the peer's port"), e.getMessage());
    }

    @Test
    void stopEndsItsOwnServerAndLeavesAnotherPortsServerRunning() throws Exception {
        int first = startServer();
        int second = startServer();

        exec(serviceOn(first).stop());

        assertFalse(accepts(first), "the stopped server still accepts connections");
        assertTrue(accepts(second), "stopping port " + first + " must not touch port " + second);
        assertFalse(Files.exists(pidFile(first)));
    }

    @Test
    void startingTwiceKeepsTheFirstServer() throws Exception {
        int port = startServer();
        String pid = Files.readString(pidFile(port)).strip();

        CommandResult again = exec(serviceOn(port).start());

        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stdout().contains("already running"), again.stdout());
        assertEquals(pid, Files.readString(pidFile(port)).strip());
    }

    @Test
    void startToleratesAnotherListenerOnThePortAndStopLeavesItAlone() throws Exception {
        try (ServerSocket foreign = new ServerSocket()) {
            foreign.bind(new InetSocketAddress(0));
            int port = foreign.getLocalPort();
            PeerService service = serviceOn(port);
            started.add(service);

            CommandResult start = exec(service.start());
            exec(service.stop());

            assertEquals(0, start.exitCode(), start.stderr());
            assertTrue(start.stdout().contains("already in use"), start.stdout());
            assertTrue(accepts(port), "the other listener must survive stop");
        }
    }

    @Test
    void startFailureIsOneLineWithTheShellsReason(@TempDir Path bin) throws Exception {
        // a PATH with the shell tools the script uses but no iperf3
        for (String tool : List.of("rm", "sleep", "grep", "head", "cat", "ps")) {
            Path real = Stream.of("/usr/bin/", "/bin/").map(d -> Path.of(d + tool)).filter(Files::exists)
                    .findFirst().orElseThrow(() -> new AssertionError(tool + " not found"));
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        PeerService service = serviceOn(freePort());
        started.add(service);

        CommandResult result = exec("PATH=" + ShellQuote.quote(bin.toString()) + "; " + service.start());

        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().startsWith("could not start iperf3 -s on port " + service.port() + ": "),
                result.stderr());
        assertTrue(result.stderr().strip().endsWith("iperf3: not found"), result.stderr());
    }

    private int startServer() throws Exception {
        int port = freePort();
        PeerService service = serviceOn(port);
        started.add(service);
        CommandResult result = exec(service.start());
        assertEquals(0, result.exitCode(), "iperf3 -s did not start: " + result.stderr());
        // no probe connection here: iperf3 -s would take it for a client and could answer the next one "busy"
        assertTrue(Files.exists(pidFile(port)), "iperf3 -s left no pid file for port " + port);
        return port;
    }

    private List<Measurement> run(String protocol, String length, int port) throws Exception {
        TestCase tc = cell(protocol, length, port);
        assertEquals(List.of(), iperf3.validate(tc));
        CommandResult result = exec(iperf3.command(tc, new RunContext("/tmp", "t1", Map.of(), "127.0.0.1")));
        return iperf3.parse(result, tc);
    }

    private PeerService serviceOn(int port) {
        return iperf3.peerService(new TestCase("iperf3", Map.of(), Map.of("port", String.valueOf(port))))
                .orElseThrow();
    }

    private static TestCase cell(String protocol, String length, int port) {
        return new TestCase("iperf3", Map.of("protocol", protocol, "length", length),
                Map.of("duration", "1", "port", String.valueOf(port)));
    }

    private CommandResult exec(String command) throws ShellException {
        return shell.exec(command, TIMEOUT, CancellationToken.none());
    }

    private static double value(List<Measurement> samples, String metric) {
        return samples.stream().filter(m -> m.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + " in " + samples)).value();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean accepts(int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return true;
        } catch (ConnectException e) {
            return false;
        }
    }

    /** Not running, or a zombie: a reaped-late child of init still has a /proc entry on some machines. */
    private static boolean running(String pid) throws IOException {
        Path stat = Path.of("/proc", pid, "stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String text = Files.readString(stat);
        char state = text.charAt(text.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }

    private static Path pidFile(int port) {
        return Path.of("/tmp/.virtimpact-iperf3-" + port + ".pid");
    }
}
