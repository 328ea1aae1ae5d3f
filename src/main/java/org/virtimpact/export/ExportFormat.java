package org.virtimpact.export;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.virtimpact.core.text.InvalidValueException;
import org.virtimpact.core.text.Message;

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
                .orElseThrow(() -> new InvalidValueException(Message.of("export.format.unknown",
                        "unknown format ''{0}'': use {1}.", text.strip(), names())));
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
            throw new InvalidValueException(Message.of("export.format.none", "no format given: use one or more of {0}.",
                    names()));
        }
        return formats;
    }

    /** The format a file name asks for by its extension, e.g. {@code chart.svg}. */
    public static ExportFormat ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            throw new InvalidValueException(Message.of("export.format.noExtension",
                    "''{0}'' has no extension: end it with .png, .svg or .pdf.", fileName));
        }
        return of(fileName.substring(dot + 1));
    }

    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "));
    }
}
