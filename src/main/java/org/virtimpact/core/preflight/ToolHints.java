package org.virtimpact.core.preflight;

import java.util.Map;
import java.util.Set;
import org.virtimpact.core.text.Message;

/** The row of one tool the matrix needs, and how to install the tools VirtImpact knows. */
final class ToolHints {

    private static final Message COREUTILS = Message.of("tool.install.coreutils", "Install GNU coreutils.");
    private static final Map<String, Message> INSTALL = Map.ofEntries(
            Map.entry("dd", COREUTILS),
            Map.entry("df", COREUTILS),
            Map.entry("awk", Message.of("tool.install.awk", "Install an awk (Debian/Ubuntu: apt-get install mawk).")),
            Map.entry("cc", Message.of("tool.install.cc", "Install a C compiler (Debian/Ubuntu: apt-get install gcc;"
                    + " RHEL/Fedora: dnf install gcc).")),
            Map.entry("fio", Message.of("tool.install.fio", "Install fio (Debian/Ubuntu: apt-get install fio;"
                    + " RHEL/Fedora: dnf install fio).")),
            Map.entry("iperf3", Message.of("tool.install.iperf3", "Install iperf3 (Debian/Ubuntu: apt-get install"
                    + " iperf3; RHEL/Fedora: dnf install iperf3).")),
            Map.entry("netperf", Message.of("tool.install.netperf", "Install netperf (Debian: from the non-free"
                    + " component, apt-get install netperf).")),
            Map.entry("netserver", Message.of("tool.install.netserver", "Install netperf, which brings netserver"
                    + " (Debian: from the non-free component).")),
            Map.entry("stream", Message.of("tool.install.stream", "Build stream.c (John McCalpin) there, or set the"
                    + " stream option ''binary'' to its path.")),
            Map.entry("linpackc", Message.of("tool.install.linpackc", "Build netlib linpackc there (cc -O2 -DSP"
                    + " -DROLL linpackc.c -lm), or set the linpackc option ''binary'' to its path.")));

    private ToolHints() {
    }

    static CheckRow row(String tool, String path, String resolved, Set<String> benchmarks) {
        Message name = CheckNames.tool(tool);
        String neededBy = String.join(", ", benchmarks);
        if (path.isEmpty()) {
            return CheckRow.failed(name, tool.contains("/")
                    ? Message.of("tool.notExecutable", "{0} is not an executable file; needed by {1}", tool, neededBy)
                    : Message.of("tool.notOnPath", "{0} is not on the PATH of the login; needed by {1}", tool, neededBy),
                    install(tool, benchmarks));
        }
        if (baseName(tool).equals("stream") && baseName(resolved).startsWith("stream-im")) {
            // Debian's imagemagick installs /usr/bin/stream, which would fail every run with its own usage text
            return CheckRow.failed(name, Message.of("tool.imageMagickStream", "{0} is ImageMagick''s stream ({1}),"
                    + " not McCalpin''s STREAM; needed by {2}", path, resolved, neededBy), install("stream", benchmarks));
        }
        return CheckRow.ok(name, true, Message.verbatim(path + (resolved.isEmpty() || resolved.equals(path) ? ""
                : " -> " + resolved)));
    }

    /** By the program's name, else by the benchmark that names its own binary (stream, linpackc). */
    static Message install(String tool, Set<String> benchmarks) {
        Message hint = INSTALL.get(baseName(tool));
        if (hint == null) {
            hint = benchmarks.stream().map(INSTALL::get).filter(h -> h != null).findFirst().orElse(null);
        }
        return hint != null ? hint : Message.of("tool.install.other", "Install {0} on the target, or put it on the"
                + " PATH that non-interactive SSH commands get (often shorter than a login shell''s).", tool);
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
