package org.virtimpact.ui.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.virtimpact.core.remote.DetectedMode;
import org.virtimpact.core.remote.HostFingerprint;
import org.virtimpact.ui.Texts;

/** A guest's fingerprint in one line beside its name, and in full for its tooltip. */
final class FingerprintText {

    private static final double KIB_PER_GIB = 1024.0 * 1024.0;

    private FingerprintText() {
    }

    /** "Xen PV · 2 vCPUs · 3.8 GiB · Linux 6.1.0-18-amd64"; empty when the guest was never reached. */
    static String summary(Map<String, String> facts, Texts texts) {
        if (facts == null || facts.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String detected = facts.getOrDefault(HostFingerprint.DETECTED_MODE, "");
        if (detected.isEmpty() && DetectedMode.canTell(facts)) {
            detected = DetectedMode.from(facts).mode();
        }
        if (!detected.isEmpty()) {
            parts.add(detected);
        }
        String cpus = facts.getOrDefault("cpus", "");
        if (cpus.matches("\\d+")) {
            parts.add(texts.get("fingerprint.cpus", Integer.parseInt(cpus)));
        }
        String mem = facts.getOrDefault("mem_total_kb", "");
        if (mem.matches("\\d+")) {
            parts.add(texts.get("fingerprint.memory", Long.parseLong(mem) / KIB_PER_GIB));
        }
        String kernel = facts.getOrDefault("kernel", "");
        if (!kernel.isEmpty()) {
            parts.add(kernel);
        }
        return String.join(" · ", parts);
    }

    /** Every fact, one per line, as hosts/ENV.json holds them. */
    static String details(Map<String, String> facts) {
        return facts.entrySet().stream().filter(e -> !e.getValue().isBlank())
                .map(e -> e.getKey().toLowerCase(Locale.ROOT) + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
