package org.virtimpact.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a PDF's text as text. Left alone, the graphics2d bridge draws every glyph as a vector
 * outline, which can't be selected or searched. Embedding the TrueType file that Java draws the
 * chart font with on this platform keeps text selectable and the layout exactly as measured;
 * where none is found, the PDF standard Helvetica stands in (text still selectable, widths a
 * little different).
 */
final class PdfFonts {

    /** Regular and bold files of the fonts Java's logical "SansSerif" resolves to on Linux, Windows and macOS. */
    private static final List<List<String>> CANDIDATES = List.of(
            List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            List.of("C:\\Windows\\Fonts\\arial.ttf", "C:\\Windows\\Fonts\\arialbd.ttf"),
            List.of("/System/Library/Fonts/Supplemental/Arial.ttf",
                    "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
            List.of("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"));

    private final String family;
    private final Optional<List<Path>> files;

    PdfFonts(String family) {
        this(family, CANDIDATES.stream().map(pair -> pair.stream().map(Path::of).toList())
                .filter(pair -> pair.stream().allMatch(Files::isReadable)).findFirst());
    }

    /** @param files a regular and a bold TrueType file, or empty for the standard PDF fonts */
    PdfFonts(String family, Optional<List<Path>> files) {
        this.family = family;
        this.files = files;
    }

    boolean embeds() {
        return files.isPresent();
    }

    /**
     * A drawer for one document; close it after the document is saved (it may hold temporary
     * files). Fonts are registered under the names Java gives the chart's fonts, which is how the
     * drawer looks them up.
     */
    IPdfBoxGraphics2DFontTextDrawer drawer() {
        if (files.isEmpty()) {
            return new PdfBoxGraphics2DFontTextDrawerDefaultFonts();
        }
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        drawer.registerFont(new Font(family, Font.PLAIN, 12).getFontName(), files.get().get(0).toFile());
        drawer.registerFont(new Font(family, Font.BOLD, 12).getFontName(), files.get().get(1).toFile());
        return drawer;
    }
}
