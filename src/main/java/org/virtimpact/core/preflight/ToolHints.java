package org.virtimpact.core.preflight;

import java.util.Map;
import java.util.Set;

/** The row of one tool the matrix needs, and how to install the tools VirtImpact knows. */
final class ToolHints {

    private static final Map<String, String> INSTALL = Map.ofEntries(
            Map.entry("dd", "Install GNU coreutils."),
            Map.entry("df", "Install GNU coreutils."),
            Map.entry("awk", "Install an awk (Debian/Ubuntu: apt-get install mawk)."),
            Map.entry("cc", "Install a C compiler (Debian/Ubuntu: apt-get install gcc; RHEL/Fedora: dnf install gcc)."),
            Map.entry("fio", "Install fio (Debian/Ubuntu: apt-get install fio; RHEL/Fedora: dnf install fio)."),
            Map.entry("iperf3", "Install iperf3 (Debian/Ubuntu: apt-get install iperf3; RHEL/Fedora: dnf install"
                    + " iperf3)."),
            Map.entry("netperf", "Install netperf (Debian: from the non-free component, apt-get install netperf)."),
            Map.entry("netserver", "Install netperf, which brings netserver (Debian: from the non-free component)."),
            Map.entry("stream", "Build stream.c (John McCalpin) there, or set the stream option 'binary' to its"
                    + " path."),
            Map.entry("linpackc", "Build netlib linpackc there (cc -O2 -DSP -DROLL linpackc.c -lm), or set the"
                    + " linpackc option 'binary' to its path."));

    private ToolHints() {
    }

    static CheckRow row(String tool, String path, String resolved, Set<String> benchmarks) {
        String name = "tool " + tool;
        String neededBy = "needed by " + String.join(", ", benchmarks);
        if (path.isEmpty()) {
            return CheckRow.failed(name, (tool.contains("/") ? tool + " is not an executable file"
                    : tool + " is not on the PATH of the login") + "; " + neededBy, install(tool, benchmarks));
        }
        if (baseName(tool).equals("stream") && baseName(resolved).startsWith("stream-im")) {
            // Debian's imagemagick installs /usr/bin/stream, which would fail every run with its own usage text
            return CheckRow.failed(name, path + " is ImageMagick's stream (" + resolved + "), not McCalpin's STREAM; "
                    + neededBy, install("stream", benchmarks));
        }
        return CheckRow.ok(name, true, path + (resolved.isEmpty() || resolved.equals(path) ? "" : " -> " + resolved));
    }

    /** By the program's name, else by the benchmark that names its own binary (stream, linpackc). */
    static String install(String tool, Set<String> benchmarks) {
        String hint = INSTALL.get(baseName(tool));
        if (hint == null) {
            hint = benchmarks.stream().map(INSTALL::get).filter(h -> h != null).findFirst().orElse(null);
        }
        return hint != null ? hint : "Install " + tool + " on the target, or put it on the PATH that non-interactive"
                + " SSH commands get (often shorter than a login shell's).";
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
