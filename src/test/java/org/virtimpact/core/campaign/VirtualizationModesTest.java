package org.virtimpact.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VirtualizationModesTest {

    @ParameterizedTest
    @CsvSource({"xen-pv, Xen PV", "XEN HVM, Xen HVM", "xenpvh, Xen PVH", "kvm_virtio, KVM virtio",
        "Native, native", "kvm emulated devices, KVM emulated devices", "vmware, VMware", "Container, container"})
    void typedVariantsBecomeThePreset(String typed, String preset) {
        assertEquals(preset, VirtualizationModes.normalise(typed));
    }

    @ParameterizedTest
    @CsvSource({"'  bhyve  ', bhyve", "'Xen PV (4 vCPU)', 'Xen PV (4 vCPU)'"})
    void otherTextIsKeptAsTyped(String typed, String kept) {
        assertEquals(kept, VirtualizationModes.normalise(typed));
    }
}
