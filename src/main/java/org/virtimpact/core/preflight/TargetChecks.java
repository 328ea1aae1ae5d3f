package org.virtimpact.core.preflight;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;

/**
 * The checks that run commands on one environment's shell: its tools, its scratch folder, root
 * for dropping caches, and its clock. Each command is short, has the limits' timeout and stops on
 * the cancellation token; a ShellException goes to the caller, which turns it into a row.
 */
final class TargetChecks {

    private final Shell shell;
    private final Environment env;
    private final PreflightLimits limits;
    private final Clock clock;
    private final CancellationToken cancel;

    TargetChecks(Shell shell, Environment env, PreflightLimits limits, Clock clock, CancellationToken cancel) {
        this.shell = shell;
        this.env = env;
        this.limits = limits;
        this.clock = clock;
        this.cancel = cancel;
    }

    CommandResult exec(String command, Duration timeout) throws ShellException {
        cancel.throwIfCancelled();
        return shell.exec(command, timeout, cancel);
    }

    /** One row per tool, in the order the matrix first needs them. */
    List<CheckRow> tools(Map<String, Set<String>> tools) throws ShellException {
        if (tools.isEmpty()) {
            return List.of(CheckRow.skipped("tools", true, "the matrix runs no program on the target"));
        }
        List<String> names = List.copyOf(tools.keySet());
        StringBuilder sh = new StringBuilder("for t in");
        names.forEach(n -> sh.append(' ').append(quote(n)));
        sh.append("; do p=$(command -v \"$t\" 2>/dev/null) || p=''; r=''; if [ -n \"$p\" ]; then")
                .append(" r=$(readlink -f \"$p\" 2>/dev/null) || r=''; fi; printf '%s\\t%s\\n' \"$p\" \"$r\"; done");
        List<String> lines = exec(sh.toString(), limits.commandTimeout()).stdout().lines().toList();
        List<CheckRow> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String[] found = (i < lines.size() ? lines.get(i) : "").split("\t", -1);
            rows.add(ToolHints.row(names.get(i), found[0].strip(), found.length > 1 ? found[1].strip() : "",
                    tools.get(names.get(i))));
        }
        return rows;
    }

    /** Rows "scratch dir", "free space" and "scratch on disk". */
    List<CheckRow> scratch(MatrixNeeds needs) throws ShellException {
        String d = env.scratchDir();
        String sh = "d=" + quote(d) + "; if [ ! -e \"$d\" ]; then echo state=missing; elif [ ! -d \"$d\" ]; then"
                + " echo state=notdir; else f=\"$d/.virtimpact-check-$$\"; if ( : > \"$f\" ) 2>/dev/null; then"
                + " rm -f \"$f\"; echo state=writable; else echo state=readonly; fi; fi;"
                // read, not awk: as dd's own check does, so a guest without awk is judged the same way
                + " echo \"avail_kb=$(LC_ALL=C df -Pk \"$d\" 2>/dev/null | { read -r _ && read -r _ _ _ a _ &&"
                + " echo \"$a\"; })\";"
                + " echo \"fstype=$(stat -f -c %T \"$d\" 2>/dev/null)\"";
        Map<String, String> facts = keyValues(exec(sh, limits.commandTimeout()).stdout());
        String state = facts.getOrDefault("state", "");
        List<CheckRow> rows = new ArrayList<>();
        rows.add(switch (state) {
            case "writable" -> CheckRow.ok("scratch dir", true, d + " exists and is writable");
            case "missing" -> CheckRow.failed("scratch dir", d + " does not exist on " + shell.describe(),
                    "Create it (mkdir -p " + quote(d) + ") or choose another scratch folder for " + env.name() + ".");
            case "notdir" -> CheckRow.failed("scratch dir", d + " is a file, not a folder",
                    "Choose a folder as the scratch folder of " + env.name() + ".");
            default -> CheckRow.failed("scratch dir", d + " is not writable by the login user",
                    "Give that user write access, or choose a writable scratch folder (e.g. /var/tmp).");
        });
        rows.add(freeSpace(needs, state.equals("writable"), facts.getOrDefault("avail_kb", "")));
        rows.add(onDisk(needs, facts.getOrDefault("fstype", "")));
        return rows;
    }

    private CheckRow freeSpace(MatrixNeeds needs, boolean usable, String availKb) {
        if (needs.largest().isEmpty()) {
            return CheckRow.skipped("free space", true, "no dd or fio cell writes a file");
        }
        if (!usable) {
            return CheckRow.skipped("free space", true, "the scratch folder can't be used");
        }
        MatrixNeeds.ScratchFile file = needs.largest().get();
        if (!availKb.matches("\\d{1,18}")) {
            // dd runs without df too (its own check steps aside), so this can only warn
            return CheckRow.warning("free space", "df -Pk printed no free space for " + env.scratchDir()
                    + ", so the " + human(file.bytes()) + " of the largest file (" + file.cell() + ") can't be checked",
                    "Install df (GNU coreutils) on the target to have the space checked before a run.");
        }
        long free = Long.parseLong(availKb) * 1024;
        String needed = human(file.bytes()) + " for the largest file (" + file.cell() + ")";
        if (free < file.bytes()) {
            return CheckRow.failed("free space", "needs " + needed + ", only " + human(free) + " free in "
                    + env.scratchDir(), "Free space there, choose a scratch folder with more room, or use smaller"
                    + " sizes.");
        }
        return CheckRow.ok("free space", true, human(free) + " free in " + env.scratchDir() + "; needs " + needed);
    }

    private static CheckRow onDisk(MatrixNeeds needs, String fstype) {
        if (!needs.writesScratchFiles()) {
            return CheckRow.skipped("scratch on disk", false, "no dd or fio cell writes a file");
        }
        if (fstype.isEmpty()) {
            return CheckRow.skipped("scratch on disk", false, "stat -f could not tell the file system");
        }
        if (fstype.equals("tmpfs") || fstype.equals("ramfs")) {
            return CheckRow.warning("scratch on disk", "the scratch folder is on " + fstype + ", in memory: dd and fio"
                    + " would measure memory, not the virtual disk", "Use a disk-backed folder such as /var/tmp.");
        }
        return CheckRow.ok("scratch on disk", false, "file system " + fstype);
    }

    /** dd writes /proc/sys/vm/drop_caches itself, without sudo, so only that file's permission counts. */
    CheckRow root(List<String> dropCacheCells) throws ShellException {
        if (dropCacheCells.isEmpty()) {
            return CheckRow.skipped("root", true, "no dd cell asks for read_mode=drop_caches");
        }
        String sh = "echo \"uid=$(id -u 2>/dev/null)\"; if [ -w /proc/sys/vm/drop_caches ]; then echo drop=yes;"
                + " else echo drop=no; fi; if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then"
                + " echo sudo=yes; else echo sudo=no; fi";
        Map<String, String> facts = keyValues(exec(sh, limits.commandTimeout()).stdout());
        String uid = facts.getOrDefault("uid", "?");
        if (facts.getOrDefault("drop", "").equals("yes")) {
            return CheckRow.ok("root", true, "uid " + uid + " may write /proc/sys/vm/drop_caches");
        }
        String who = uid.equals("0") ? "root (uid 0), but /proc/sys is read-only here (a container?),"
                : "uid " + uid;
        String cells = dropCacheCells.get(0) + (dropCacheCells.size() > 1 ? " and " + (dropCacheCells.size() - 1)
                + " more" : "");
        return CheckRow.failed("root", who + " cannot write /proc/sys/vm/drop_caches, which read_mode=drop_caches"
                + " needs (" + cells + ")", "Log in as root in the environment's SSH target, or use read_mode=direct."
                + (facts.getOrDefault("sudo", "").equals("yes") ? " sudo works without a password here, but"
                + " VirtImpact does not run dd through sudo." : ""));
    }

    /** Results are stamped by this machine; a guest whose clock is off also keeps time badly for its own timers. */
    CheckRow clock() throws ShellException {
        Instant before = clock.instant();
        String text = exec("date +%s", limits.commandTimeout()).stdout().strip();
        Instant after = clock.instant();
        if (!text.matches("-?\\d{1,15}")) {
            return CheckRow.warning("clock", "date +%s printed '" + text + "', not seconds since 1970",
                    "Check the target's date command.");
        }
        Instant remote = Instant.ofEpochSecond(Long.parseLong(text));
        String fix = "Set the target's clock and keep it synchronised (timedatectl set-ntp true, chrony or ntpd).";
        if (remote.isBefore(limits.earliestClock())) {
            return CheckRow.warning("clock", "the target's clock says " + remote + ", before "
                    + limits.earliestClock(), fix);
        }
        long ahead = remote.getEpochSecond() - after.getEpochSecond();
        long behind = before.getEpochSecond() - remote.getEpochSecond();
        long skew = Math.max(0, Math.max(ahead, behind));
        if (skew > limits.maxClockSkew().toSeconds()) {
            return CheckRow.warning("clock", "the target's clock is " + skew + " s "
                    + (ahead > 0 ? "ahead of" : "behind") + " this machine's", fix);
        }
        return CheckRow.ok("clock", false, "within " + limits.maxClockSkew().toSeconds() + " s of this machine's");
    }

    static Map<String, String> keyValues(String output) {
        Map<String, String> facts = new LinkedHashMap<>();
        output.lines().forEach(line -> {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        });
        return facts;
    }

    static String human(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int i = 0;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return i == 0 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.1f %s", v, units[i]);
    }
}
