package org.virtimpact.core.preflight;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.virtimpact.core.remote.DetectedMode;
import org.virtimpact.core.remote.DetectedMode.Family;
import org.virtimpact.core.text.Message;

/**
 * Compares the mode a researcher declared with the one the target's facts show. Results are
 * labelled with the declared mode, so an SSH alias that reaches the HVM guest instead of the PV
 * one would silently swap the study's columns; this is where that shows.
 */
public final class ModeCheck {

    public enum Verdict {
        MATCHES, CONTRADICTS,
        /** Facts too thin to tell (no sysfs or systemd-detect-virt, or Xen without guest_type). */
        UNCONFIRMED,
        /** A free-text mode that names no hypervisor VirtImpact knows. */
        NOT_COMPARABLE
    }

    /** @param text in words a person reads; {@link #message()} is its English */
    public record Result(Verdict verdict, Message text) {

        public String message() {
            return text.english();
        }
    }

    /** What a declared mode promises: one of these families, and whether it runs in a container. */
    private record Expected(Set<Family> families, boolean container) {
    }

    private ModeCheck() {
    }

    public static Result compare(String declared, DetectedMode detected) {
        Optional<Expected> expected = expected(declared);
        String seen = detected.mode() + (detected.evidence().isEmpty() ? "" : " (" + detected.evidence() + ")");
        if (expected.isEmpty()) {
            return new Result(Verdict.NOT_COMPARABLE, Message.of("mode.notComparable",
                    "declared ''{0}'' names no mode VirtImpact can check; detected {1}", declared, seen));
        }
        if (detected.family() == Family.UNKNOWN) {
            return new Result(Verdict.UNCONFIRMED, Message.of("mode.noFacts",
                    "the target reported no virtualization facts, so ''{0}'' can''t be confirmed", declared));
        }
        Expected e = expected.get();
        boolean familyOk = e.families().isEmpty() || e.families().contains(detected.family());
        boolean containerOk = e.container() ? detected.container() : !(e.families().contains(Family.NATIVE)
                && detected.container());
        if (familyOk && containerOk) {
            return new Result(Verdict.MATCHES, Message.of("mode.matches", "declared {0}, detected {1}", declared,
                    seen));
        }
        if (detected.family() == Family.XEN && e.families().stream().allMatch(Family::isXen)) {
            return new Result(Verdict.UNCONFIRMED, Message.of("mode.xenUnsure",
                    "declared {0}, detected {1}; this kernel does not say whether it is PV, HVM or PVH", declared,
                    seen));
        }
        return new Result(Verdict.CONTRADICTS, Message.of("mode.contradicts",
                "declared ''{0}'' but the target looks like {1}", declared, seen));
    }

    private static Optional<Expected> expected(String declared) {
        String k = declared == null ? "" : declared.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        if (k.contains("container") || k.contains("docker") || k.contains("lxc") || k.contains("podman")) {
            return Optional.of(new Expected(Set.of(), true));
        }
        if (k.contains("native") || k.contains("baremetal")) {
            return Optional.of(new Expected(EnumSet.of(Family.NATIVE), false));
        }
        if (k.contains("xen")) {
            Family f = k.contains("dom0") ? Family.XEN_DOM0 : k.contains("pvh") ? Family.XEN_PVH
                    : k.contains("hvm") ? Family.XEN_HVM : k.contains("pv") ? Family.XEN_PV : null;
            return Optional.of(new Expected(f == null ? EnumSet.of(Family.XEN_PV, Family.XEN_HVM, Family.XEN_PVH,
                    Family.XEN, Family.XEN_DOM0) : EnumSet.of(f), false));
        }
        if (k.contains("kvm")) {
            return Optional.of(new Expected(EnumSet.of(Family.KVM), false));
        }
        if (k.contains("qemu")) {
            return Optional.of(new Expected(EnumSet.of(Family.QEMU, Family.KVM), false));
        }
        if (k.contains("vmware")) {
            return Optional.of(new Expected(EnumSet.of(Family.VMWARE), false));
        }
        if (k.contains("hyperv")) {
            return Optional.of(new Expected(EnumSet.of(Family.HYPERV), false));
        }
        if (k.contains("virtualbox")) {
            return Optional.of(new Expected(EnumSet.of(Family.VIRTUALBOX), false));
        }
        return Optional.empty();
    }
}
