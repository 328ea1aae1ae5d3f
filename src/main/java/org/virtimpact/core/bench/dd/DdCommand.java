package org.virtimpact.core.bench.dd;

import static org.virtimpact.core.remote.ShellQuote.quote;

import org.virtimpact.core.bench.Sizes;

/**
 * The shell command of one dd repetition. What can be known to fail is checked before a byte is
 * written, so a 4 GB file is refused at once instead of filling the disk: free space (df -Pk) and,
 * for read_mode=drop_caches, whether this user may drop the page cache. Besides dd and rm it needs
 * only df, and runs without it.
 */
final class DdCommand {

    static final int REFUSED = 3;

    private static final String ROOT_CHECK = "if [ ! -w /proc/sys/vm/drop_caches ]; then echo '"
            + DdOutputParser.REFUSAL_PREFIX + "read_mode=drop_caches needs root: it writes"
            + " /proc/sys/vm/drop_caches, which this user cannot; run as root, or use read_mode=direct"
            + " (reads around the page cache without root) or read_mode=cached' >&2; exit " + REFUSED + "; fi; ";
    private static final String DROP = "{ sync && echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null || { echo '"
            + DdOutputParser.REFUSAL_PREFIX + "could not drop the page cache (echo 3 > /proc/sys/vm/drop_caches"
            + " failed); run as root or use read_mode=direct' >&2; exit " + REFUSED + "; }; ";

    private DdCommand() {
    }

    static String build(DdSettings s, String scratchDir, String file) {
        StringBuilder sh = new StringBuilder()
                .append("f=").append(quote(file)).append("; d=").append(quote(scratchDir)).append("; ")
                .append("trap 'rm -f \"$f\"' EXIT; trap 'rm -f \"$f\"; exit 143' INT TERM HUP PIPE; ");
        if (s.reads() && s.readMode().equals("drop_caches")) {
            sh.append(ROOT_CHECK);
        }
        sh.append(spaceCheck(s.size()));
        String write = "LC_ALL=C dd if=/dev/zero of=\"$f\" bs=" + s.block() + " count=" + (s.size() / s.block())
                + writeFlag(s.writeSync());
        if (!s.reads()) {
            return sh.append(write).toString();
        }
        if (s.writes()) {
            sh.append(write).append(" || exit $?; ");
        } else {
            // A read-only cell still needs the file; its write is untimed, so only a failure is shown.
            sh.append("out=$(").append(write).append(" 2>&1) || { printf '%s\\n' \"$out\" >&2; exit 1; }; ");
        }
        if (s.readMode().equals("drop_caches")) {
            sh.append(DROP);
        }
        return sh.append("LC_ALL=C dd if=\"$f\" of=/dev/null bs=").append(s.block())
                .append(s.readMode().equals("direct") ? " iflag=direct" : "").toString();
    }

    /**
     * Refuses a file larger than the free space df reports. When df can't answer (a missing
     * scratch folder, a guest without df) there is nothing to compare, and dd's own error then
     * says what is wrong.
     */
    private static String spaceCheck(long size) {
        long kib = (size + 1023) / 1024;
        return "avail=$(LC_ALL=C df -Pk \"$d\" 2>/dev/null | { read -r _ && read -r _ _ _ a _ && echo \"$a\"; }); "
                + "case \"$avail\" in ''|*[!0-9]*) ;; *) if [ \"$avail\" -lt " + kib + " ]; then printf '"
                + DdOutputParser.REFUSAL_PREFIX + "the %s test file needs %s KiB, only %s KiB free in %s; use a smaller"
                + " size or a scratch folder with more room\\n' " + quote(Sizes.format(size)) + " " + kib
                + " \"$avail\" \"$d\" >&2; exit " + REFUSED + "; fi;; esac; ";
    }

    private static String writeFlag(String writeSync) {
        return switch (writeSync) {
            case "direct" -> " oflag=direct";
            case "none" -> "";
            default -> " conv=fdatasync";
        };
    }
}
