package org.virtimpact.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.PlanException;
import org.virtimpact.core.run.RunListener;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.ssh.HostKeyPolicy;
import org.virtimpact.ssh.SshOptions;
import org.virtimpact.ssh.SshShellFactory;

/**
 * The multi-guest test bed that {@code scripts/testbed start} builds: its guests, keys and fault
 * helpers. Tests that need it call {@link #require()}, which skips them when the bed isn't
 * running (a developer's {@code mvn verify} without root) and fails them when CI said it must be.
 */
final class Testbed {

    static final String DIR_VARIABLE = "VI_TESTBED_DIR";
    /** Set by .ci/run: a missing test bed is then a failure, not a skip. */
    static final String REQUIRED_VARIABLE = "VI_TESTBED_REQUIRED";
    static final String DEFAULT_DIR = "/tmp/virtimpact-testbed";
    static final String PV = "pv";
    static final String HVM = "hvm";
    static final String PEER = "peer";
    static final String BARE = "bare";

    private static Testbed running;
    private static boolean skipReported;

    private final Path dir;
    private final Properties props;

    private Testbed(Path dir, Properties props) {
        this.dir = dir;
        this.props = props;
    }

    static synchronized Testbed require() {
        if (running != null) {
            return running;
        }
        String configured = System.getenv(DIR_VARIABLE);
        Path dir = Path.of(configured == null || configured.isBlank() ? DEFAULT_DIR : configured);
        Optional<String> notRunning = whyNotUsable(dir);
        if (notRunning.isPresent()) {
            String reason = "the test bed is not usable: " + notRunning.get()
                    + ". Start it as root with scripts/testbed start (see the README's \"Test bed\").";
            if ("1".equals(System.getenv(REQUIRED_VARIABLE))) {
                fail(reason + " " + REQUIRED_VARIABLE + "=1 says these tests must run.");
            }
            if (!skipReported) {
                skipReported = true;
                System.out.println("[e2e] skipping the end-to-end tests: " + reason);
            }
            Assumptions.abort(reason);
        }
        Properties props = load(dir.resolve("testbed.properties"));
        System.out.println("[e2e] running against the test bed in " + dir + " (guests " + props.getProperty("guests")
                + ", slowed " + props.getProperty("slowed") + ")");
        running = new Testbed(dir, props);
        return running;
    }

    private static Optional<String> whyNotUsable(Path dir) {
        Path file = dir.resolve("testbed.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.of(file + " does not exist");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.of("its fault-injection helpers need root, and these tests run as "
                    + System.getProperty("user.name"));
        }
        int port = Integer.parseInt(load(file).getProperty("guest.pv.port", "0"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        } catch (IOException e) {
            return Optional.of("nothing answers on 127.0.0.1:" + port + " (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private String prop(String key) {
        String value = props.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(dir + "/testbed.properties has no " + key);
        }
        return value;
    }

    int port(String guest) {
        return Integer.parseInt(prop("guest." + guest + ".port"));
    }

    String address(String guest) {
        return prop("guest." + guest + ".address");
    }

    String scratch() {
        return prop("scratch");
    }

    Path identity() {
        return Path.of(prop("identity"));
    }

    Path wrongIdentity() {
        return Path.of(prop("wrong.identity"));
    }

    Path knownHosts() {
        return Path.of(prop("known.hosts"));
    }

    Path hostKey(String guest) {
        return dir.resolve("guests").resolve(guest).resolve("ssh_host_ed25519_key.pub");
    }

    /** An environment named {@code vi-GUEST} on that guest, its peer the peer guest, its scratch the small tmpfs. */
    Environment environment(String guest) {
        return environment(guest, identity(), knownHosts());
    }

    Environment environment(String guest, Path identityFile, Path knownHostsFile) {
        Target target = Target.ssh("root", "127.0.0.1", port(guest), identityFile.toString(), knownHostsFile.toString());
        return new Environment("vi-" + guest, prop("guest." + guest + ".mode"), "testbed", target, scratch(),
                address(PEER));
    }

    /** Strict host keys; ~/.ssh of {@code home}, not the real one; short timeouts so faults show quickly. */
    SshOptions sshOptions(Path home) {
        return new SshOptions(Duration.ofSeconds(5), Duration.ofSeconds(1), 3, HostKeyPolicy.STRICT, home);
    }

    RunReport run(Campaign campaign, Path campaignDir, Path home, RunListener listener, CancellationToken cancel)
            throws PlanException {
        BenchmarkCatalog catalog = BenchmarkCatalog.standard();
        RunPlan plan = new RunPlanner(catalog).plan(campaignDir, campaign, ResultSet.empty());
        RunReport report = new CampaignRunner(new SshShellFactory(sshOptions(home)), catalog, Clock.systemUTC())
                .run(plan, listener, cancel);
        System.out.println("[e2e] " + campaign.name() + ": " + report.completed() + " of " + report.planned()
                + " runs done" + (report.cancelled() ? ", cancelled" : ""));
        report.failures().forEach(f -> System.out.println("[e2e]   failed " + f.runId() + ": " + f.reason()));
        return report;
    }

    /**
     * One netperf TCP_STREAM cell with a short run, when this build has a netperf benchmark: its own
     * default axes narrowed to one value each (TCP_STREAM where offered), and a 2-second length
     * when the benchmark accepts that option.
     */
    static Optional<BenchmarkSpec> netperfSpec() {
        Optional<Benchmark> netperf = BenchmarkCatalog.standard().find("netperf");
        if (netperf.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> axes = new LinkedHashMap<>();
        // 512 KiB messages: with 512-byte sends the unlimited guest is held by system calls to about
        // twice the limited one's 200 Mbit/s, too close to tell the two apart reliably
        netperf.get().defaultAxes().forEach((axis, values) -> axes.put(axis,
                List.of(values.contains("TCP_STREAM") ? "TCP_STREAM" : values.contains("512K") ? "512K"
                        : values.get(0))));
        Map<String, String> params = new LinkedHashMap<>();
        axes.forEach((axis, values) -> params.put(axis, values.get(0)));
        Map<String, String> options = Map.of("length", "2");
        if (!netperf.get().validate(new TestCase("netperf", params, options)).isEmpty()) {
            options = Map.of();
        }
        return Optional.of(new BenchmarkSpec("netperf", axes, options));
    }

    /** Brings a guest back after a fault: its link up, its sshd started, what a dropped run left killed. */
    void revive(String guest) {
        script("link-up", guest);
        script("start-sshd", guest);
        script("kill-procs", guest);
    }

    /** Runs {@code scripts/testbed ARGS} and returns what it printed; a failure fails the test. */
    String script(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", prop("script")));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String out = new String(p.getInputStream().readAllBytes(), UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("scripts/testbed " + String.join(" ", args) + " did not end within 60 s");
            }
            if (p.exitValue() != 0) {
                fail("scripts/testbed " + String.join(" ", args) + " failed (" + p.exitValue() + "): " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Processes running in the guest apart from its sshd listener, as "PID COMMAND LINE". */
    List<String> processes(String guest) {
        return script("procs", guest).lines().filter(l -> !l.isBlank()).toList();
    }

    /** The guest's processes that are not the connection itself (sshd sessions) nor the peer's servers. */
    List<String> strayProcesses(String guest) {
        return processes(guest).stream()
                .filter(l -> !l.contains("sshd:") && !l.contains("netserver") && !l.contains("iperf3 -s"))
                .toList();
    }

    /** Entries of a folder inside the guest, as the guest sees it (its private /tmp and scratch). */
    List<String> filesIn(String guest, String folder) {
        return script("exec", guest, "ls", "-A", folder).lines().filter(l -> !l.isBlank()).toList();
    }

    /** Polls until {@code check} holds or {@code timeout} passes; true when it held. */
    static boolean eventually(Duration timeout, java.util.function.BooleanSupplier check) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (check.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return check.getAsBoolean();
    }
}
