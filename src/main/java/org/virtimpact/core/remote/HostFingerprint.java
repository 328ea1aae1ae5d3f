package org.virtimpact.core.remote;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.virtimpact.core.campaign.Environment;

/**
 * What an environment really is, read from the target itself before a run: kernel, distribution,
 * CPU, memory, compiler and tool versions, and what it says about its hypervisor. Kept in
 * {@code hosts/ENV.json} beside the results, so a reader can see what was compared.
 */
public record HostFingerprint(Map<String, String> facts) {

    /** Derived by {@link DetectedMode#from}, kept among the facts so every reader of hosts/ENV.json sees it. */
    public static final String DETECTED_MODE = "detected_mode";
    public static final String DETECTED_BY = "detected_by";

    /** One {@code key=value} line per fact; every probe tolerates a missing tool or file. */
    public static final String COMMAND = String.join("; ",
            "echo \"kernel=$(uname -srm 2>/dev/null)\"",
            "echo \"os=$( (. /etc/os-release 2>/dev/null && echo \"$PRETTY_NAME\") )\"",
            "echo \"cpu_model=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')\"",
            "echo \"cpus=$(nproc 2>/dev/null)\"",
            "echo \"mem_total_kb=$(awk '/MemTotal/{print $2}' /proc/meminfo 2>/dev/null)\"",
            "echo \"compiler=$(cc --version 2>/dev/null | head -n1)\"",
            "echo \"hypervisor_type=$(cat /sys/hypervisor/type 2>/dev/null)\"",
            "echo \"xen_guest_type=$(cat /sys/hypervisor/guest_type 2>/dev/null)\"",
            "echo \"xen_capabilities=$(cat /proc/xen/capabilities 2>/dev/null)\"",
            "echo \"cpu_hypervisor_flag=$(grep -qw hypervisor /proc/cpuinfo 2>/dev/null && echo yes || echo no)\"",
            "echo \"virt_detected=$(systemd-detect-virt 2>/dev/null)\"",
            // both views: a container inside a VM is "docker" to the plain form, hiding the hypervisor
            "echo \"virt_vm=$(systemd-detect-virt --vm 2>/dev/null)\"",
            "echo \"virt_container=$(systemd-detect-virt --container 2>/dev/null)\"",
            "echo \"dmi_vendor=$(cat /sys/class/dmi/id/sys_vendor 2>/dev/null)\"",
            "echo \"dmi_product=$(cat /sys/class/dmi/id/product_name 2>/dev/null)\"",
            "echo \"dd=$(LC_ALL=C dd --version 2>/dev/null | head -n1)\"",
            "echo \"netperf=$(netperf -V 2>/dev/null | head -n1)\"",
            "echo \"iperf3=$(iperf3 --version 2>/dev/null | head -n1)\"",
            "echo \"fio=$(fio --version 2>/dev/null | head -n1)\"",
            // McCalpin's stream has no --version and runs the whole benchmark when called: record where it is,
            // under another key than a version so nothing reads the path as one
            "echo \"stream_path=$(command -v stream 2>/dev/null)\"");

    public HostFingerprint {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** The probe's output, plus the mode detected from it when it holds any virtualization fact. */
    public static HostFingerprint parse(String output) {
        Map<String, String> facts = new LinkedHashMap<>();
        output.lines().forEach(line -> {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        });
        facts.remove(DETECTED_MODE);
        facts.remove(DETECTED_BY);
        if (DetectedMode.canTell(facts)) {
            DetectedMode mode = DetectedMode.from(facts);
            facts.put(DETECTED_MODE, mode.mode());
            facts.put(DETECTED_BY, mode.evidence());
        }
        return new HostFingerprint(facts);
    }

    public String fact(String key) {
        return facts.getOrDefault(key, "");
    }

    public DetectedMode detectedMode() {
        return DetectedMode.from(facts);
    }

    /**
     * The document of {@code hosts/ENV.json}: the environment as declared, and the facts as found.
     * {@code core.report.HostFacts} reads it back.
     */
    public Map<String, Object> document(Environment env) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("environment", env.name());
        doc.put("declared_mode", env.mode());
        doc.put("target", env.target().describe());
        doc.put("facts", facts);
        return doc;
    }
}
