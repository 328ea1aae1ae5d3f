package org.virtimpact.core.campaign;

import java.util.Objects;
import java.util.regex.Pattern;
import org.virtimpact.core.text.InvalidValueException;
import org.virtimpact.core.text.Message;

/**
 * One system under test: a guest in some virtualization mode (or the bare host).
 *
 * @param mode  free text with presets such as "native", "Xen PV", "Xen HVM", "KVM virtio"
 * @param group physical host group; environments of one group never run at the same time
 * @param peer  the network peer (netserver, iperf3 -s): empty, a HOST where it already runs, or
 *              {@code @ENV} / {@code @ENV=ADDRESS}, another environment of the campaign the runner starts it on
 */
public record Environment(String name, String mode, String group, Target target, String scratchDir, String peer) {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._+()-]{0,63}");

    public Environment {
        Objects.requireNonNull(target, "target");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException(Message.of("environment.badName", "environment name ''{0}'' must start"
                    + " with a letter or digit and use only letters, digits, spaces and . _ + ( ) - (at most 64"
                    + " characters)", name));
        }
        mode = mode == null ? "" : mode;
        group = group == null ? "" : group;
        scratchDir = scratchDir == null || scratchDir.isBlank() ? "/tmp" : scratchDir;
        peer = peer == null ? "" : peer;
    }

    /** A file-name-safe form of the name, used for run ids and files under {@code hosts/}. */
    public String slug() {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
