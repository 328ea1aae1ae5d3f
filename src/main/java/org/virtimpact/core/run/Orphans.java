package org.virtimpact.core.run;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Benchmarks this campaign left running on an environment: after a dropped connection, or after
 * the runner itself was killed, the remote command goes on (closing an SSH channel does not stop
 * it), and the next repetition would measure alongside it.
 *
 * <p>Each benchmark command first records its process group, and its run token, in a marker file
 * named after the campaign folder and the environment. On connecting, that group is killed, but
 * only while a shell's own {@code /tmp/.virtimpact-*.pid} file still names it (so the command has
 * not ended and the number was not reused), and the run's temporary files in the scratch folder
 * are removed. Other campaigns on the same guest, and their pid files, are never touched.
 */
final class Orphans {

    private final String marker;
    private final String scratchDir;

    Orphans(Path campaignDir, String environmentName, String scratchDir) {
        this.marker = "/tmp/.virtimpact-run-" + tag(campaignDir.toAbsolutePath().normalize() + "\u0000"
                + environmentName) + ".pgid";
        this.scratchDir = scratchDir;
    }

    /**
     * {@code command} preceded by the note of its process group: {@code $$} of the shell running it
     * is the leader of the group the shell's pid file names.
     */
    String marked(String command, String runToken) {
        // braces, so that a /tmp that can't be written to says nothing on the benchmark's own stderr
        return "{ echo \"$$ " + runToken + "\" > " + quote(marker) + "; } 2>/dev/null; " + command;
    }

    /** Where the note is kept on the environment. */
    String marker() {
        return marker;
    }

    /** At the end of a run nothing of it runs any more: its note goes too, so /tmp does not fill with them. */
    String forgetCommand() {
        return "rm -f " + quote(marker);
    }

    /** Kills the marked group when it still runs, removes its scratch files; prints what it killed. */
    String killCommand() {
        String m = quote(marker);
        return "if [ -f " + m + " ]; then read g t < " + m + "; rm -f " + m + "; "
                + "case \"$g\" in *[!0-9]*|'') exit 0;; esac; case \"$t\" in *[!A-Za-z0-9._-]*|'') exit 0;; esac; "
                + "for f in /tmp/.virtimpact-*.pid; do [ -f \"$f\" ] || continue; "
                + "[ \"$(cat \"$f\" 2>/dev/null)\" = \"$g\" ] || continue; "
                + "kill -s KILL -- -\"$g\" 2>/dev/null || kill -s KILL \"$g\" 2>/dev/null; rm -f \"$f\"; "
                + "echo \"stopped $t (process group $g)\"; done; "
                + "rm -f " + quote(scratchDir) + "/.virtimpact-*-\"$t\"; fi; true";
    }

    private static String tag(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
