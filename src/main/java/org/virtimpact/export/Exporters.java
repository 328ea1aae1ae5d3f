package org.virtimpact.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.virtimpact.chart.ChartTheme;

/**
 * One {@link Exporter} per format, for one set of figure options. The deck always gets 16:9
 * pictures at 2× (they fill a slide, and projectors are HiDPI), whatever size the files are.
 */
public final class Exporters {

    private final Map<ExportFormat, Exporter> byFormat = new EnumMap<>(ExportFormat.class);
    private final FigurePainter painter;

    public Exporters(ChartTheme theme, FigureOptions options) {
        painter = new FigurePainter(theme, options);
        FigurePainter deckPainter = new FigurePainter(theme, new FigureOptions(FigureOptions.SLIDE_WIDTH,
                FigureOptions.SLIDE_HEIGHT, 2, false), options.caption());
        List<Exporter> all = List.of(new PngExporter(painter), new SvgExporter(painter),
                new PdfExporter(painter, new PdfFonts(theme.fontFamily())), new PptxExporter(deckPainter,
                        options.caption()), new CsvTableExporter(), new LatexTableExporter(),
                new MarkdownTableExporter());
        all.forEach(e -> byFormat.put(e.format(), e));
    }

    /** Figures for slides: the slide theme with these options. */
    public static Exporters forSlides(FigureOptions options) {
        return new Exporters(ChartTheme.slides(), options);
    }

    public Exporter get(ExportFormat format) {
        return byFormat.get(format);
    }

    /** The writer that saves one chart in {@code format}; empty for tables and decks. */
    public Optional<FigureWriter> figureWriter(ExportFormat format) {
        return byFormat.get(format) instanceof FigureWriter w ? Optional.of(w) : Optional.empty();
    }

    public FigurePainter painter() {
        return painter;
    }

    /** Writes every format asked for into {@code dir}, creating it; returns the files in format order. */
    public List<Path> writeAll(Study study, Set<ExportFormat> formats, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            if (formats.contains(format)) {
                written.addAll(byFormat.get(format).write(study, dir));
            }
        }
        return written;
    }
}
