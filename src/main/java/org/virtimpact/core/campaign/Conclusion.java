package org.virtimpact.core.campaign;

import java.util.Objects;

/**
 * The researcher's own sentence for one row of the impact table (one device, one environment
 * against the baseline, one language), kept in {@code campaign.json}. The fingerprint is that of
 * the data the sentence was written against, so a later change of the data marks it stale rather
 * than silently keeping a claim the numbers may no longer support.
 *
 * @param language a BCP 47 tag such as {@code en} or {@code pt-BR}
 */
public record Conclusion(String device, String environment, String baseline, String language, String text,
                         String dataFingerprint) {

    public Conclusion {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(language, "language");
        text = text == null ? "" : text;
        dataFingerprint = dataFingerprint == null ? "" : dataFingerprint;
    }

    /** Whether this conclusion is about the same row and language as another. */
    public boolean sameRow(String otherDevice, String otherEnvironment, String otherBaseline, String otherLanguage) {
        return device.equals(otherDevice) && environment.equals(otherEnvironment) && baseline.equals(otherBaseline)
                && language.equals(otherLanguage);
    }
}
