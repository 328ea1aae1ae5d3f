package org.virtimpact.core.bench.iperf3;

import static org.virtimpact.core.remote.ShellQuote.quote;

import org.virtimpact.core.bench.PeerService;

/**
 * The {@code iperf3 -s} a client cell needs on the peer, started so that {@code stop} ends exactly
 * that process. It runs in the background rather than with {@code -D}: a daemon's stderr is
 * /dev/null, and we need iperf3's own words when it can't listen. The pid file is iperf3's
 * {@code --pidfile}, which iperf3 removes itself when it exits, so its absence means "not running".
 */
final class Iperf3Server {

    static final String NAME = "iperf3 -s";

    private Iperf3Server() {
    }

    static PeerService onPort(int port) {
        String p = quote("/tmp/.virtimpact-iperf3-" + port + ".pid");
        String l = quote("/tmp/.virtimpact-iperf3-" + port + ".log");
        String files = "p=" + p + "; l=" + l + "; ";
        return new PeerService(NAME, port, files + start(port), files + stop());
    }

    /** Checks the pid's command name, so that a stale pid file never makes us trust or kill another process. */
    private static String runningIperf3(String pid) {
        return "[ \"$(cat \"/proc/" + pid + "/comm\" 2>/dev/null || ps -p \"" + pid + "\" -o comm= 2>/dev/null)\""
                + " = iperf3 ]";
    }

    private static String start(int port) {
        return "if [ -f \"$p\" ] && " + runningIperf3("$(cat \"$p\")") + "; then "
                + "echo \"iperf3 -s is already running on port " + port + " (pid $(cat \"$p\"))\"; exit 0; fi; "
                + "rm -f \"$p\"; "
                + "iperf3 -s -p " + port + " --pidfile \"$p\" >\"$l\" 2>&1 </dev/null & "
                // iperf3 writes its pid file before it binds, and a failed bind removes it again at once;
                // a healthy server prints nothing (its stdout is buffered), so silence plus the file is success
                + "i=0; while [ $i -lt 50 ] && [ ! -s \"$l\" ] && [ ! -f \"$p\" ]; do sleep 0.1; i=$((i+1)); done; "
                + "sleep 0.5; "
                + "if [ -f \"$p\" ] && ! grep -q error \"$l\"; then exit 0; fi; "
                + "if grep -q 'Address already in use' \"$l\"; then rm -f \"$l\"; "
                + "echo \"port " + port + " is already in use; the iperf3 server listening there is used as it is\"; "
                + "exit 0; fi; "
                + "m=$(head -n 1 \"$l\"); [ -n \"$m\" ] || m='it wrote no pid file within 5 s'; "
                + "echo \"could not start iperf3 -s on port " + port + ": $m\" >&2; "
                + "rm -f \"$l\"; exit 1";
    }

    private static String stop() {
        return "if [ -f \"$p\" ]; then pid=$(cat \"$p\"); "
                + "if " + runningIperf3("$pid") + "; then kill -s TERM \"$pid\"; "
                + "i=0; while [ -f \"$p\" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; "
                + "if [ -f \"$p\" ]; then kill -s KILL \"$pid\" 2>/dev/null; fi; fi; "
                + "rm -f \"$p\"; fi; rm -f \"$l\"; true";
    }
}
