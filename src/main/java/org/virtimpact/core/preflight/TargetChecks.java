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
import org.virtimpact.core.text.Message;

/**
 * The checks that run commands on one environment's shell: its tools, its scratch folder, root
 * for dropping caches, and its clock. Each command is short, has the limits' timeout and stops on
 * the cancellation token; a ShellException goes to the caller, which turns it into a row.
 */
final class TargetChecks {

    private static final Message NO_FILE = Message.of("check.noScratchFile", "no dd or fio cell writes a file");

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
            return List.of(CheckRow.skipped(CheckNames.TOOLS, true, Message.of("check.tools.none",
                    "the matrix runs no program on the target")));
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
            case "writable" -> CheckRow.ok(CheckNames.SCRATCH_DIR, true, Message.of("check.scratchDir.ok",
                    "{0} exists and is writable", d));
            case "missing" -> CheckRow.failed(CheckNames.SCRATCH_DIR, Message.of("check.scratchDir.missing",
                    "{0} does not exist on {1}", d, shell.describe()), Message.of("check.scratchDir.missing.fix",
                    "Create it (mkdir -p {0}) or choose another scratch folder for {1}.", quote(d), env.name()));
            case "notdir" -> CheckRow.failed(CheckNames.SCRATCH_DIR, Message.of("check.scratchDir.notDir",
                    "{0} is a file, not a folder", d), Message.of("check.scratchDir.notDir.fix",
                    "Choose a folder as the scratch folder of {0}.", env.name()));
            default -> CheckRow.failed(CheckNames.SCRATCH_DIR, Message.of("check.scratchDir.readOnly",
                    "{0} is not writable by the login user", d), Message.of("check.scratchDir.readOnly.fix",
                    "Give that user write access, or choose a writable scratch folder (e.g. /var/tmp)."));
        });
        rows.add(freeSpace(needs, state.equals("writable"), facts.getOrDefault("avail_kb", "")));
        rows.add(onDisk(needs, facts.getOrDefault("fstype", "")));
        return rows;
    }

    private CheckRow freeSpace(MatrixNeeds needs, boolean usable, String availKb) {
        if (needs.largest().isEmpty()) {
            return CheckRow.skipped(CheckNames.FREE_SPACE, true, NO_FILE);
        }
        if (!usable) {
            return CheckRow.skipped(CheckNames.FREE_SPACE, true, Message.of("check.freeSpace.unusable",
                    "the scratch folder can''t be used"));
        }
        MatrixNeeds.ScratchFile file = needs.largest().get();
        if (!availKb.matches("\\d{1,18}")) {
            // dd runs without df too (its own check steps aside), so this can only warn
            return CheckRow.warning(CheckNames.FREE_SPACE, Message.of("check.freeSpace.noDf", "df -Pk printed no"
                    + " free space for {0}, so the {1} of the largest file ({2}) can''t be checked", env.scratchDir(),
                    human(file.bytes()), file.cell()), Message.of("check.freeSpace.noDf.fix",
                    "Install df (GNU coreutils) on the target to have the space checked before a run."));
        }
        long free = Long.parseLong(availKb) * 1024;
        Message needed = Message.of("check.freeSpace.needed", "{0} for the largest file ({1})", human(file.bytes()),
                file.cell());
        if (free < file.bytes()) {
            return CheckRow.failed(CheckNames.FREE_SPACE, Message.of("check.freeSpace.short",
                    "needs {0}, only {1} free in {2}", needed, human(free), env.scratchDir()),
                    Message.of("check.freeSpace.short.fix",
                            "Free space there, choose a scratch folder with more room, or use smaller sizes."));
        }
        return CheckRow.ok(CheckNames.FREE_SPACE, true, Message.of("check.freeSpace.ok", "{0} free in {1}; needs {2}",
                human(free), env.scratchDir(), needed));
    }

    private static CheckRow onDisk(MatrixNeeds needs, String fstype) {
        if (!needs.writesScratchFiles()) {
            return CheckRow.skipped(CheckNames.SCRATCH_ON_DISK, false, NO_FILE);
        }
        if (fstype.isEmpty()) {
            return CheckRow.skipped(CheckNames.SCRATCH_ON_DISK, false, Message.of("check.scratchOnDisk.unknown",
                    "stat -f could not tell the file system"));
        }
        if (fstype.equals("tmpfs") || fstype.equals("ramfs")) {
            return CheckRow.warning(CheckNames.SCRATCH_ON_DISK, Message.of("check.scratchOnDisk.memory",
                    "the scratch folder is on {0}, in memory: dd and fio would measure memory, not the virtual disk",
                    fstype), Message.of("check.scratchOnDisk.memory.fix", "Use a disk-backed folder such as /var/tmp."));
        }
        return CheckRow.ok(CheckNames.SCRATCH_ON_DISK, false, Message.of("check.scratchOnDisk.ok", "file system {0}",
                fstype));
    }

    /** dd writes /proc/sys/vm/drop_caches itself, without sudo, so only that file's permission counts. */
    CheckRow root(List<String> dropCacheCells) throws ShellException {
        if (dropCacheCells.isEmpty()) {
            return CheckRow.skipped(CheckNames.ROOT, true, Message.of("check.root.notNeeded",
                    "no dd cell asks for read_mode=drop_caches"));
        }
        String sh = "echo \"uid=$(id -u 2>/dev/null)\"; if [ -w /proc/sys/vm/drop_caches ]; then echo drop=yes;"
                + " else echo drop=no; fi; if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then"
                + " echo sudo=yes; else echo sudo=no; fi";
        Map<String, String> facts = keyValues(exec(sh, limits.commandTimeout()).stdout());
        String uid = facts.getOrDefault("uid", "?");
        if (facts.getOrDefault("drop", "").equals("yes")) {
            return CheckRow.ok(CheckNames.ROOT, true, Message.of("check.root.ok",
                    "uid {0} may write /proc/sys/vm/drop_caches", uid));
        }
        Message who = uid.equals("0") ? Message.of("check.root.readOnlyProc",
                "root (uid 0), but /proc/sys is read-only here (a container?),") : Message.of("check.root.uid", "uid {0}",
                uid);
        Message cells = dropCacheCells.size() > 1 ? Message.of("check.root.cells", "{0} and {1} more",
                dropCacheCells.get(0), Integer.toString(dropCacheCells.size() - 1))
                : Message.verbatim(dropCacheCells.get(0));
        return CheckRow.failed(CheckNames.ROOT, Message.of("check.root.denied", "{0} cannot write"
                + " /proc/sys/vm/drop_caches, which read_mode=drop_caches needs ({1})", who, cells),
                facts.getOrDefault("sudo", "").equals("yes") ? Message.of("check.root.denied.fixSudo", "Log in as root"
                + " in the environment''s SSH target, or use read_mode=direct. sudo works without a password here,"
                + " but VirtImpact does not run dd through sudo.") : Message.of("check.root.denied.fix",
                "Log in as root in the environment''s SSH target, or use read_mode=direct."));
    }

    /** Results are stamped by this machine; a guest whose clock is off also keeps time badly for its own timers. */
    CheckRow clock() throws ShellException {
        Instant before = clock.instant();
        String text = exec("date +%s", limits.commandTimeout()).stdout().strip();
        Instant after = clock.instant();
        if (!text.matches("-?\\d{1,15}")) {
            return CheckRow.warning(CheckNames.CLOCK, Message.of("check.clock.unreadable",
                    "date +%s printed ''{0}'', not seconds since 1970", text), Message.of("check.clock.unreadable.fix",
                    "Check the target''s date command."));
        }
        Instant remote = Instant.ofEpochSecond(Long.parseLong(text));
        Message fix = Message.of("check.clock.fix",
                "Set the target''s clock and keep it synchronised (timedatectl set-ntp true, chrony or ntpd).");
        if (remote.isBefore(limits.earliestClock())) {
            return CheckRow.warning(CheckNames.CLOCK, Message.of("check.clock.past",
                    "the target''s clock says {0}, before {1}", remote.toString(), limits.earliestClock().toString()),
                    fix);
        }
        long ahead = remote.getEpochSecond() - after.getEpochSecond();
        long behind = before.getEpochSecond() - remote.getEpochSecond();
        long skew = Math.max(0, Math.max(ahead, behind));
        if (skew > limits.maxClockSkew().toSeconds()) {
            return CheckRow.warning(CheckNames.CLOCK, ahead > 0
                    ? Message.of("check.clock.ahead", "the target''s clock is {0} s ahead of this machine''s",
                            Long.toString(skew))
                    : Message.of("check.clock.behind", "the target''s clock is {0} s behind this machine''s",
                            Long.toString(skew)), fix);
        }
        return CheckRow.ok(CheckNames.CLOCK, false, Message.of("check.clock.ok", "within {0} s of this machine''s",
                Long.toString(limits.maxClockSkew().toSeconds())));
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
