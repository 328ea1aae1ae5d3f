package org.virtimpact.core.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a target's own facts say it is, worked out by a pure function so that it can be tested on
 * facts captured from real guests. Xen's sysfs is asked first because only it tells PV, HVM and
 * PVH apart; then {@code systemd-detect-virt}, then DMI, then the CPUID hypervisor flag alone.
 *
 * @param mode      for people and {@code hosts/ENV.json}, e.g. "Xen PV", "KVM", "native",
 *                  "container (docker) in KVM"
 * @param family    the hypervisor (or none), for comparing with the declared mode
 * @param container true when the commands run inside a container (docker, lxc, ...)
 * @param evidence  the facts the verdict rests on, e.g. "/sys/hypervisor/guest_type=PV"
 */
public record DetectedMode(String mode, Family family, boolean container, String evidence) {

    public enum Family {
        NATIVE, XEN_PV, XEN_HVM, XEN_PVH, XEN, XEN_DOM0, KVM, QEMU, VMWARE, HYPERV, VIRTUALBOX, OTHER_VM, UNKNOWN;

        public boolean isXen() {
            return this == XEN_PV || this == XEN_HVM || this == XEN_PVH || this == XEN || this == XEN_DOM0;
        }

        public boolean isVm() {
            return this != NATIVE && this != UNKNOWN;
        }
    }

    /** The facts {@link #from} reads; a fingerprint without any of them says nothing about the mode. */
    public static final List<String> INPUTS = List.of("hypervisor_type", "xen_guest_type", "xen_capabilities",
            "cpu_hypervisor_flag", "virt_detected", "virt_vm", "virt_container", "dmi_vendor", "dmi_product");

    /** systemd-detect-virt's container names, as opposed to its VM names. */
    private static final Set<String> CONTAINERS = Set.of("docker", "podman", "lxc", "lxc-libvirt", "systemd-nspawn",
            "openvz", "rkt", "wsl", "proot", "pouch", "container-other");

    /** Whether {@code facts} hold anything {@link #from} can go by. */
    public static boolean canTell(Map<String, String> facts) {
        return INPUTS.stream().anyMatch(facts::containsKey);
    }

    public static DetectedMode from(Map<String, String> facts) {
        List<String> evidence = new ArrayList<>();
        Vm vm = vm(facts, evidence);
        String container = container(facts, evidence);
        String mode;
        if (container.isEmpty()) {
            mode = vm.label();
        } else if (vm.family() == Family.NATIVE || vm.family() == Family.UNKNOWN) {
            mode = "container (" + container + ")";
        } else {
            mode = "container (" + container + ") in " + vm.label();
        }
        return new DetectedMode(mode, vm.family(), !container.isEmpty(), String.join("; ", evidence));
    }

    private record Vm(Family family, String label) {
    }

    private static Vm vm(Map<String, String> f, List<String> evidence) {
        String sysfs = get(f, "hypervisor_type");
        String vmId = get(f, "virt_vm");
        String anyId = get(f, "virt_detected");
        if (vmId.isEmpty() && !CONTAINERS.contains(anyId)) {
            vmId = anyId;   // an old systemd-detect-virt without --vm, or a probe that only ran the plain form
        }
        if (sysfs.equals("xen") || vmId.equals("xen")) {
            return xen(f, sysfs, vmId, evidence);
        }
        if (!vmId.isEmpty() && !vmId.equals("none")) {
            evidence.add("systemd-detect-virt --vm: " + vmId);
            return fromSystemd(vmId);
        }
        Vm fromDmi = fromDmi(get(f, "dmi_vendor"), get(f, "dmi_product"));
        if (fromDmi != null) {
            evidence.add("DMI vendor: " + f.get("dmi_vendor"));
            return fromDmi;
        }
        if (get(f, "cpu_hypervisor_flag").equals("yes")) {
            evidence.add("CPUID hypervisor flag");
            return new Vm(Family.OTHER_VM, "a virtual machine (hypervisor unknown)");
        }
        if (vmId.equals("none") || get(f, "cpu_hypervisor_flag").equals("no")) {
            evidence.add(vmId.equals("none") ? "systemd-detect-virt --vm: none" : "no CPUID hypervisor flag");
            return new Vm(Family.NATIVE, "native");
        }
        evidence.add("no virtualization facts");
        return new Vm(Family.UNKNOWN, "unknown");
    }

    private static Vm xen(Map<String, String> f, String sysfs, String vmId, List<String> evidence) {
        String guestType = get(f, "xen_guest_type").toUpperCase(Locale.ROOT);
        evidence.add(sysfs.equals("xen") ? "/sys/hypervisor/type=xen" : "systemd-detect-virt --vm: xen");
        if (get(f, "xen_capabilities").contains("control_d")) {
            evidence.add("/proc/xen/capabilities=control_d");
            return new Vm(Family.XEN_DOM0, "Xen dom0" + (guestType.isEmpty() ? "" : " (" + guestType + ")"));
        }
        if (!guestType.isEmpty()) {
            evidence.add("/sys/hypervisor/guest_type=" + guestType);
        }
        switch (guestType) {
            case "PV" -> {
                return new Vm(Family.XEN_PV, "Xen PV");
            }
            case "HVM" -> {
                return new Vm(Family.XEN_HVM, "Xen HVM");
            }
            case "PVH" -> {
                return new Vm(Family.XEN_PVH, "Xen PVH");
            }
            default -> {
                // older kernels: decided below
            }
        }
        // kernels before 4.14 have no guest_type; only an HVM guest boots firmware that writes DMI tables
        if (get(f, "dmi_vendor").equalsIgnoreCase("xen")) {
            evidence.add("DMI vendor: Xen");
            return new Vm(Family.XEN_HVM, "Xen HVM");
        }
        // "Xen" is what ARM guests report: Xen there has one guest type, neither PV nor HVM
        return new Vm(Family.XEN, guestType.isEmpty() ? "Xen (guest type unknown)" : "Xen (" + guestType + ")");
    }

    private static Vm fromSystemd(String id) {
        return switch (id) {
            case "kvm" -> new Vm(Family.KVM, "KVM");
            case "amazon" -> new Vm(Family.KVM, "KVM (Amazon Nitro)");
            case "qemu" -> new Vm(Family.QEMU, "QEMU (emulated, no KVM)");
            case "vmware" -> new Vm(Family.VMWARE, "VMware");
            case "microsoft" -> new Vm(Family.HYPERV, "Hyper-V");
            case "oracle" -> new Vm(Family.VIRTUALBOX, "VirtualBox");
            default -> new Vm(Family.OTHER_VM, id);
        };
    }

    /** For targets without systemd; QEMU's DMI vendor is the same with and without KVM. */
    private static Vm fromDmi(String vendor, String product) {
        String v = vendor.toLowerCase(Locale.ROOT);
        if (v.equals("xen")) {
            return new Vm(Family.XEN_HVM, "Xen HVM");
        }
        if (v.equals("qemu")) {
            return new Vm(Family.KVM, "KVM or QEMU");
        }
        if (v.startsWith("vmware")) {
            return new Vm(Family.VMWARE, "VMware");
        }
        if (v.startsWith("microsoft") && product.toLowerCase(Locale.ROOT).contains("virtual")) {
            return new Vm(Family.HYPERV, "Hyper-V");
        }
        if (v.startsWith("innotek")) {
            return new Vm(Family.VIRTUALBOX, "VirtualBox");
        }
        return null;
    }

    private static String container(Map<String, String> f, List<String> evidence) {
        String id = get(f, "virt_container");
        if (id.isEmpty() && CONTAINERS.contains(get(f, "virt_detected"))) {
            id = get(f, "virt_detected");
        }
        if (id.isEmpty() || id.equals("none")) {
            return "";
        }
        evidence.add("systemd-detect-virt --container: " + id);
        return id;
    }

    private static String get(Map<String, String> facts, String key) {
        return facts.getOrDefault(key, "").strip();
    }
}
