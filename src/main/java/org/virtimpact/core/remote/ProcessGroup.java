package org.virtimpact.core.remote;

import static org.virtimpact.core.remote.ShellQuote.quote;

/**
 * Runs a command as the leader of its own session and records its id in a pid file, so that a
 * second command can stop the whole tree. Closing an SSH channel does not stop a remote command
 * started without a PTY, and a PTY would merge stderr into stdout, hence this.
 */
public final class ProcessGroup {

    private static final String LEADER = "echo $$ > \"$0\"; exec sh -c \"$1\"";

    private ProcessGroup() {
    }

    public static String wrap(String command, String pidFile) {
        String p = quote(pidFile);
        String args = quote(LEADER) + " " + p + " " + quote(command);
        return "if command -v setsid >/dev/null 2>&1; then setsid -w sh -c " + args
                + "; else sh -c " + args + "; fi; rc=$?; rm -f " + p + "; exit $rc";
    }

    /**
     * The POSIX {@code kill -s SIG -- -PGID} form: dash, Debian's sh, reads {@code kill -TERM -- -PGID}
     * as the number "-" and signals nothing.
     */
    public static String kill(String pidFile) {
        String p = quote(pidFile);
        return "if [ -f " + p + " ]; then g=$(cat " + p + "); "
                + "kill -s TERM -- -\"$g\" 2>/dev/null || kill -s TERM \"$g\" 2>/dev/null; sleep 1; "
                + "kill -s KILL -- -\"$g\" 2>/dev/null; rm -f " + p + "; fi; true";
    }

    public static String pidFileFor(String token) {
        return "/tmp/.virtimpact-" + token + ".pid";
    }
}
