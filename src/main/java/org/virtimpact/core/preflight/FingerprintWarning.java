package org.virtimpact.core.preflight;

import java.util.Objects;
import org.virtimpact.core.text.Message;

/**
 * A reason to doubt a comparison that the environments' fingerprints give before any number exists:
 * the study's method assumes identical VMs that differ only in their virtualization mode.
 */
public record FingerprintWarning(Kind kind, String environment, Message text) {

    public enum Kind {
        /** The target looks like another mode than the one declared for it. */
        MODE_CONTRADICTED,
        /** vCPUs, memory or CPU model differ from the baseline's. */
        DIFFERENT_VM,
        /** Kernel, compiler or a tool's version differs from the baseline's. */
        DIFFERENT_VERSION
    }

    public FingerprintWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(text, "text");
    }

    /** The warning's English, as the CLI and the report print it. */
    public String message() {
        return text.english();
    }
}
