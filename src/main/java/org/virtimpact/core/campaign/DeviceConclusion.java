package org.virtimpact.core.campaign;

import java.util.Objects;

/**
 * The researcher's own conclusions about one device (network, disk, ...), free text beside the
 * impact table's drafted sentences, kept in {@code campaign.json}.
 */
public record DeviceConclusion(String device, String text) {

    public DeviceConclusion {
        Objects.requireNonNull(device, "device");
        text = text == null ? "" : text;
    }
}
