package org.virtimpact.export;

import java.text.Normalizer;
import java.util.Locale;

/** File names from labels: lower case ASCII, words joined by '-', safe on every file system. */
final class FileNames {

    private FileNames() {
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "figure" : slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }
}
