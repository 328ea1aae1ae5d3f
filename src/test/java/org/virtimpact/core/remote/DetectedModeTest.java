package org.virtimpact.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.virtimpact.core.remote.DetectedMode.Family;

/**
 * The detected mode from facts as targets report them. The first case was captured on the
 * machine these tests were written on (a docker container in a Firecracker/KVM VM: no
 * /sys/hypervisor, no DMI); the Xen values are those of the kernel's sysfs-hypervisor-xen ABI
 * (type "xen", guest_type "PV", "HVM", "PVH", added in 4.14) and /proc/xen/capabilities
 * ("control_d" in dom0); the others are systemd-detect-virt's documented ids.
 */
class DetectedModeTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("captured here: docker in a KVM guest", facts("hypervisor_type", "", "xen_guest_type", "",
                        "cpu_hypervisor_flag", "yes", "virt_detected", "docker", "virt_vm", "kvm",
                        "virt_container", "docker", "dmi_vendor", ""), "container (docker) in KVM", Family.KVM, true),
                Arguments.of("Xen PV guest", facts("hypervisor_type", "xen", "xen_guest_type", "PV", "virt_vm", "xen",
                        "virt_container", "none"), "Xen PV", Family.XEN_PV, false),
                Arguments.of("Xen HVM guest", facts("hypervisor_type", "xen", "xen_guest_type", "HVM", "virt_vm", "xen",
                        "dmi_vendor", "Xen", "cpu_hypervisor_flag", "yes"), "Xen HVM", Family.XEN_HVM, false),
                Arguments.of("Xen PVH guest", facts("hypervisor_type", "xen", "xen_guest_type", "PVH",
                        "cpu_hypervisor_flag", "yes"), "Xen PVH", Family.XEN_PVH, false),
                Arguments.of("Xen HVM before guest_type existed", facts("hypervisor_type", "xen", "dmi_vendor", "Xen"),
                        "Xen HVM", Family.XEN_HVM, false),
                Arguments.of("Xen PV before guest_type existed", facts("hypervisor_type", "xen", "xen_guest_type", "",
                        "dmi_vendor", ""), "Xen (guest type unknown)", Family.XEN, false),
                Arguments.of("Xen dom0", facts("hypervisor_type", "xen", "xen_guest_type", "PV",
                        "xen_capabilities", "control_d", "virt_vm", "none"), "Xen dom0 (PV)", Family.XEN_DOM0, false),
                Arguments.of("KVM guest", facts("virt_vm", "kvm", "virt_container", "none", "dmi_vendor", "QEMU",
                        "cpu_hypervisor_flag", "yes"), "KVM", Family.KVM, false),
                Arguments.of("QEMU without KVM", facts("virt_vm", "qemu", "dmi_vendor", "QEMU"),
                        "QEMU (emulated, no KVM)", Family.QEMU, false),
                Arguments.of("bare metal", facts("virt_vm", "none", "virt_container", "none",
                        "cpu_hypervisor_flag", "no", "dmi_vendor", "Dell Inc."), "native", Family.NATIVE, false),
                Arguments.of("lxc on bare metal", facts("virt_detected", "lxc", "virt_vm", "none",
                        "virt_container", "lxc", "cpu_hypervisor_flag", "no"), "container (lxc)", Family.NATIVE, true),
                Arguments.of("VMware without systemd", facts("dmi_vendor", "VMware, Inc.",
                        "cpu_hypervisor_flag", "yes"), "VMware", Family.VMWARE, false),
                Arguments.of("only the CPUID flag", facts("cpu_hypervisor_flag", "yes", "virt_vm", ""),
                        "a virtual machine (hypervisor unknown)", Family.OTHER_VM, false),
                Arguments.of("no facts at all", facts("kernel", "Linux 6.1"), "unknown", Family.UNKNOWN, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void detectsTheModeFromTheFacts(String what, Map<String, String> facts, String mode, Family family,
                                    boolean container) {
        DetectedMode detected = DetectedMode.from(facts);

        assertEquals(mode, detected.mode());
        assertEquals(family, detected.family());
        assertEquals(container, detected.container());
    }

    @Test
    void evidenceNamesTheXenGuestType() {
        DetectedMode detected = DetectedMode.from(facts("hypervisor_type", "xen", "xen_guest_type", "PV"));

        assertEquals("/sys/hypervisor/type=xen; /sys/hypervisor/guest_type=PV", detected.evidence());
    }

    @Test
    void parsedFingerprintCarriesTheDetectedModeAmongItsFacts() {
        HostFingerprint f = HostFingerprint.parse("kernel=Linux 4.19\nhypervisor_type=xen\nxen_guest_type=HVM\n"
                + "detected_mode=forged by the guest\n");

        assertEquals("Xen HVM", f.fact(HostFingerprint.DETECTED_MODE));
        assertTrue(f.fact(HostFingerprint.DETECTED_BY).contains("guest_type=HVM"), f.facts().toString());
    }

    @Test
    void fingerprintWithoutVirtualizationFactsClaimsNoMode() {
        HostFingerprint f = HostFingerprint.parse("kernel=Test 1.0\n");

        assertFalse(f.facts().containsKey(HostFingerprint.DETECTED_MODE));
    }

    @Test
    void probeOfThisMachineAgreesWithItsOwnSystemdDetectVirt() throws Exception {
        HostFingerprint f = HostFingerprint.parse(new LocalShell().exec(HostFingerprint.COMMAND, Duration.ofSeconds(30),
                CancellationToken.none()).stdout());
        String vm = run("systemd-detect-virt", "--vm");

        assertEquals(run("nproc"), f.fact("cpus"));
        assertTrue(f.fact("dd").contains("coreutils"), f.facts().toString());
        if (vm.equals("kvm")) {
            assertEquals(Family.KVM, f.detectedMode().family(), f.facts().toString());
        } else if (vm.equals("none")) {
            assertTrue(f.detectedMode().family() == Family.NATIVE || !f.fact("hypervisor_type").isEmpty(),
                    f.facts().toString());
        }
        assertEquals(DetectedMode.from(f.facts()).mode(), f.fact(HostFingerprint.DETECTED_MODE));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }

    private static Map<String, String> facts(String... keyValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            facts.put(keyValues[i], keyValues[i + 1]);
        }
        return facts;
    }
}
