package org.virtimpact.core.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.preflight.FingerprintWarning.Kind;
import org.virtimpact.core.report.HostComparison;

/** Warnings from facts alone: identical VMs, and the declared mode against the detected one. */
class FingerprintWarningsTest {

    private final FingerprintWarnings warnings = new FingerprintWarnings(HostComparison.defaults());

    private static final Campaign STUDY = new Campaign("pv vs hvm", "", List.of(env("pv", "Xen PV"),
            env("hvm", "Xen HVM")), List.of(), null);

    @Test
    void identicalGuestsGiveNoWarning() {
        List<FingerprintWarning> found = warnings.of(STUDY, Map.of("pv", guest("PV", "2", "2048000", "4.19.0"),
                "hvm", guest("HVM", "2", "2040000", "4.19.0")));

        assertEquals(List.of(), found);
    }

    @Test
    void differentVcpusAndKernelAreNamedAgainstTheBaseline() {
        List<FingerprintWarning> found = warnings.of(STUDY, Map.of("pv", guest("PV", "2", "2048000", "4.19.0"),
                "hvm", guest("HVM", "4", "2048000", "5.10.0")));

        assertEquals(List.of(Kind.DIFFERENT_VM, Kind.DIFFERENT_VERSION), found.stream().map(FingerprintWarning::kind)
                .toList());
        assertTrue(found.get(0).message().startsWith("cpus differs from pv (4 vs 2)"), found.get(0).message());
        assertTrue(found.stream().allMatch(w -> w.environment().equals("hvm")), found.toString());
    }

    @Test
    void toolVersionsCountAsSoftware() {
        Map<String, String> pv = guest("PV", "2", "2048000", "4.19.0");
        Map<String, String> hvm = new LinkedHashMap<>(guest("HVM", "2", "2048000", "4.19.0"));
        hvm.put("iperf3", "iperf 3.16");
        pv.put("iperf3", "iperf 3.12");

        List<FingerprintWarning> found = warnings.of(STUDY, Map.of("pv", pv, "hvm", hvm));

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("iperf3 differs"), found.get(0).message());
    }

    @Test
    void declaredPvThatLooksHvmIsAContradiction() {
        List<FingerprintWarning> found = warnings.of(STUDY, Map.of("pv", guest("HVM", "2", "2048000", "4.19.0"),
                "hvm", guest("HVM", "2", "2048000", "4.19.0")));

        assertEquals(1, found.size(), found.toString());
        assertEquals(Kind.MODE_CONTRADICTED, found.get(0).kind());
        assertEquals("pv", found.get(0).environment());
    }

    @Test
    void baselineIsTheFirstEnvironmentWithFacts() {
        assertEquals("hvm", warnings.baseline(STUDY, Map.of("hvm", guest("HVM", "2", "1", "x"))).orElseThrow());
    }

    private static Map<String, String> guest(String xenType, String cpus, String memKb, String kernel) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("kernel", "Linux " + kernel + " x86_64");
        facts.put("cpus", cpus);
        facts.put("mem_total_kb", memKb);
        facts.put("cpu_model", "Intel(R) Xeon(R) CPU E5-2650");
        facts.put("hypervisor_type", "xen");
        facts.put("xen_guest_type", xenType);
        return facts;
    }

    private static Environment env(String name, String mode) {
        return new Environment(name, mode, "", Target.local(), "/tmp", "");
    }
}
