package org.virtimpact.export;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds of file an export can write; each has one {@link Exporter}. */
public enum ExportFormat {
    PNG("png", true), SVG("svg", true), PDF("pdf", true), PPTX("pptx", false), CSV("csv", false),
    TEX("tex", false), MD("md", false);

    private final String extension;
    private final boolean figure;

    ExportFormat(String extension, boolean figure) {
        this.extension = extension;
        this.figure = figure;
    }

    public String extension() {
        return extension;
    }

    /** True for formats that hold one chart per file, so a single chart can be saved as one. */
    public boolean isFigure() {
        return figure;
    }

    public static ExportFormat of(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + text.strip() + "': use "
                        + names() + "."));
    }

    /** "png,svg,pdf" as a set, in the enum's order; blanks between commas are ignored. */
    public static Set<ExportFormat> list(String text) {
        Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                formats.add(of(part));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format given: use one or more of " + names() + ".");
        }
        return formats;
    }

    /** The format a file name asks for by its extension, e.g. {@code chart.svg}. */
    public static ExportFormat ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("'" + fileName + "' has no extension: end it with .png, .svg or .pdf.");
        }
        return of(fileName.substring(dot + 1));
    }

    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "));
    }
}
