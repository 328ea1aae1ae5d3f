package org.virtimpact.core.run;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Real netserver processes on loopback for the peer tests: find, start and stop them by port. */
final class PeerProcesses {

    private PeerProcesses() {
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Pids of live (not zombie) netserver processes whose command line holds {@code -p PORT}. */
    static List<Long> netservers(int port) throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                    String status = Files.readString(proc.resolve("status"));
                    boolean zombie = status.lines().anyMatch(l -> l.startsWith("State:") && l.contains("Z"));
                    if (cmdline.startsWith("netserver\0") && cmdline.contains("\0-p\0" + port + "\0") && !zombie) {
                        pids.add(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException e) {
                    // the process ended while we looked: it is not running
                }
            }
        }
        return pids;
    }

    /** A netserver the test starts itself, in the foreground so the test can stop exactly it. */
    static Process startNetserver(int port) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("netserver", "-D", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!listening(port) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return p;
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
