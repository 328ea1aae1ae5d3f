package org.virtimpact.core.campaign;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The virtualization modes people pick from, shared by the workbench's list and the CLI's
 * {@code --mode}. A mode stays free text: these are suggestions, and anything else typed is kept.
 */
public final class VirtualizationModes {

    public static final String NATIVE = "native";
    public static final String XEN_PV = "Xen PV";
    public static final String XEN_HVM = "Xen HVM";
    public static final String XEN_PVH = "Xen PVH";
    public static final String KVM_VIRTIO = "KVM virtio";
    public static final String KVM_EMULATED = "KVM emulated devices";
    public static final String VMWARE = "VMware";
    public static final String CONTAINER = "container";

    public static final List<String> PRESETS = List.of(NATIVE, XEN_PV, XEN_HVM, XEN_PVH, KVM_VIRTIO, KVM_EMULATED,
            VMWARE, CONTAINER);

    private VirtualizationModes() {
    }

    /**
     * The preset spelled the way {@code typed} is, ignoring case, blanks, '-' and '_' ("xen-pv",
     * "XEN PV" and "xenpv" are all "Xen PV"), so one mode is not written three ways in one study.
     */
    public static Optional<String> preset(String typed) {
        String key = key(typed);
        return PRESETS.stream().filter(p -> key(p).equals(key)).findFirst();
    }

    /** The preset when {@code typed} names one, else the text as typed without surrounding blanks. */
    public static String normalise(String typed) {
        return typed == null ? "" : preset(typed).orElse(typed.strip());
    }

    private static String key(String s) {
        return s == null ? "" : s.replaceAll("[\\s_-]+", "").toLowerCase(Locale.ROOT);
    }
}
