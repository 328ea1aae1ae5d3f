package org.virtimpact.core.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.virtimpact.core.remote.DetectedMode;
import org.virtimpact.core.remote.DetectedMode.Family;

/** The declared mode against the detected one, on the cases a study's environments meet. */
class ModeCheckTest {

    @ParameterizedTest(name = "declared {0}, detected {1} -> {3}")
    @CsvSource({
        "Xen PV, Xen HVM, XEN_HVM, CONTRADICTS",
        "Xen PV, Xen PV, XEN_PV, MATCHES",
        "xen-hvm, Xen HVM, XEN_HVM, MATCHES",
        "Xen PVH, Xen PV, XEN_PV, CONTRADICTS",
        "Xen PV, Xen (guest type unknown), XEN, UNCONFIRMED",
        "native, a virtual machine (hypervisor unknown), OTHER_VM, CONTRADICTS",
        "native, native, NATIVE, MATCHES",
        "native, Xen dom0 (PV), XEN_DOM0, CONTRADICTS",
        "KVM virtio, KVM, KVM, MATCHES",
        "KVM emulated devices, 'QEMU (emulated, no KVM)', QEMU, CONTRADICTS",
        "VMware, KVM, KVM, CONTRADICTS",
        "Xen HVM, unknown, UNKNOWN, UNCONFIRMED",
        "the lab's blue box, KVM, KVM, NOT_COMPARABLE"
    })
    void comparesDeclaredWithDetected(String declared, String mode, Family family, ModeCheck.Verdict verdict) {
        ModeCheck.Result result = ModeCheck.compare(declared, new DetectedMode(mode, family, false, "test facts"));

        assertEquals(verdict, result.verdict(), result.message());
    }

    @ParameterizedTest(name = "declared {0}, container {1} -> {2}")
    @CsvSource({
        "container, true, MATCHES",
        "container, false, CONTRADICTS",
        "native, true, CONTRADICTS",
        "KVM virtio, true, MATCHES"
    })
    void aContainerCountsOnlyWhereTheDeclaredModeSaysSomethingAboutIt(String declared, boolean container,
                                                                       ModeCheck.Verdict verdict) {
        DetectedMode detected = new DetectedMode(container ? "container (docker) in KVM" : "KVM", Family.KVM, container,
                "systemd-detect-virt");
        if (declared.equals("native")) {
            detected = new DetectedMode("container (docker)", Family.NATIVE, true, "systemd-detect-virt");
        }

        assertEquals(verdict, ModeCheck.compare(declared, detected).verdict());
    }

    @ParameterizedTest
    @CsvSource({"Xen PV, Xen HVM, XEN_HVM"})
    void contradictionNamesBothModesAndTheEvidence(String declared, String mode, Family family) {
        String message = ModeCheck.compare(declared, new DetectedMode(mode, family, false,
                "/sys/hypervisor/guest_type=HVM")).message();

        assertTrue(message.contains("'Xen PV'") && message.contains("Xen HVM")
                && message.contains("guest_type=HVM"), message);
    }
}
