package org.virtimpact.core.remote;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an environment really is, read from the target itself before a run: kernel, CPU,
 * memory, compiler, and the hypervisor it reports. Kept in {@code hosts/ENV.json} beside the results.
 */
public record HostFingerprint(Map<String, String> facts) {

    /** One {@code key=value} line per fact; every probe tolerates a missing tool. */
    public static final String COMMAND = String.join("; ",
            "echo \"kernel=$(uname -srm 2>/dev/null)\"",
            "echo \"os=$( (. /etc/os-release 2>/dev/null && echo \"$PRETTY_NAME\") )\"",
            "echo \"cpu_model=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')\"",
            "echo \"cpus=$(nproc 2>/dev/null)\"",
            "echo \"mem_total_kb=$(awk '/MemTotal/{print $2}' /proc/meminfo 2>/dev/null)\"",
            "echo \"compiler=$(cc --version 2>/dev/null | head -n1)\"",
            "echo \"hypervisor_type=$(cat /sys/hypervisor/type 2>/dev/null)\"",
            "echo \"xen_guest_type=$(cat /sys/hypervisor/guest_type 2>/dev/null)\"",
            "echo \"cpu_hypervisor_flag=$(grep -qw hypervisor /proc/cpuinfo 2>/dev/null && echo yes || echo no)\"",
            "echo \"virt_detected=$(systemd-detect-virt 2>/dev/null)\"",
            "echo \"dmi_vendor=$(cat /sys/class/dmi/id/sys_vendor 2>/dev/null)\"",
            "echo \"dd=$(LC_ALL=C dd --version 2>/dev/null | head -n1)\"");

    public HostFingerprint {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static HostFingerprint parse(String output) {
        Map<String, String> facts = new LinkedHashMap<>();
        output.lines().forEach(line -> {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        });
        return new HostFingerprint(facts);
    }
}
