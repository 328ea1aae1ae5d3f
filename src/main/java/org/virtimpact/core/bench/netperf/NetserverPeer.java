package org.virtimpact.core.bench.netperf;

import static org.virtimpact.core.remote.ShellQuote.quote;

import org.virtimpact.core.bench.PeerService;

/**
 * The netserver a netperf cell needs on a managed peer. It runs in the foreground ({@code -D},
 * netperf 2.5+) as a background job of the start command, so its pid is known exactly: netserver
 * daemonizes by default, and then nothing could tell our server from someone else's. Its pid file
 * is per port; when the port is already taken (a netserver someone started by hand), that server
 * is used and no pid file is written, so stop leaves it alone. A pid file still naming a live
 * netserver was left by an earlier run that could not stop it; that server is used and stopped.
 */
final class NetserverPeer {

    static final String NAME = "netserver";

    /** A zombie keeps its name and pid until reaped, and a reused pid may name anything: check both. */
    private static final String RUNNING = "running() { n=$(cat \"/proc/$1/comm\" 2>/dev/null || ps -p \"$1\" -o comm="
            + " 2>/dev/null); s=$(sed -n 's/^State:[[:space:]]*//p' \"/proc/$1/status\" 2>/dev/null | cut -c1);"
            + " [ \"$n\" = netserver ] && [ \"$s\" != Z ]; }; ";

    private NetserverPeer() {
    }

    static PeerService onPort(int port) {
        String files = "p=" + quote("/tmp/.virtimpact-netserver-" + port + ".pid") + "; l="
                + quote("/tmp/.virtimpact-netserver-" + port + ".log") + "; " + RUNNING;
        return new PeerService(NAME, port, files + start(port), files + stop());
    }

    private static String start(int port) {
        return "if [ -f \"$p\" ] && running \"$(cat \"$p\")\"; then echo \"netserver already runs on port " + port
                + " (pid $(cat \"$p\"), left by an earlier run); using it\"; exit 0; fi; "
                + "rm -f \"$p\"; "
                + "command -v netserver >/dev/null 2>&1 || { echo 'netserver is not installed; install netperf"
                + " (Debian: package netperf, in the non-free component)' >&2; exit 127; }; "
                + "netserver -D -p " + port + " >\"$l\" 2>&1 </dev/null & echo $! >\"$p\"; "
                // netserver prints its greeting only once it listens; a taken port makes it exit at once
                + "i=0; while [ $i -lt 50 ] && ! grep -q 'Starting netserver' \"$l\" && running \"$(cat \"$p\")\";"
                + " do sleep 0.1; i=$((i+1)); done; "
                + "if grep -q 'Starting netserver' \"$l\" && running \"$(cat \"$p\")\"; then exit 0; fi; "
                + "kill -s TERM \"$(cat \"$p\")\" 2>/dev/null; rm -f \"$p\"; "
                + "if grep -q 'Unable to start netserver' \"$l\"; then rm -f \"$l\"; echo \"port " + port
                + " is already in use; the netserver listening there is used as it is and left running\"; exit 0; fi; "
                + "if grep -q \"invalid option -- 'D'\" \"$l\"; then m='this netserver is older than 2.5 and has no -D;"
                + " start it yourself and give the peer as a host name'; else m=$(head -n 1 \"$l\"); fi; "
                + "[ -n \"$m\" ] || m='it did not say it was listening within 5 s'; "
                + "rm -f \"$l\"; echo \"could not start netserver on port " + port + ": $m\" >&2; exit 1";
    }

    private static String stop() {
        return "if [ -f \"$p\" ]; then pid=$(cat \"$p\"); "
                + "if running \"$pid\"; then kill -s TERM \"$pid\"; "
                + "i=0; while running \"$pid\" && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; "
                + "if running \"$pid\"; then kill -s KILL \"$pid\"; fi; fi; "
                + "rm -f \"$p\"; fi; rm -f \"$l\"; true";
    }
}
