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
import org.virtimpact.core.text.Words;

/**
 * One {@link Exporter} per format, for one set of figure options. The deck always gets 16:9
 * pictures at 2× (they fill a slide, and projectors are HiDPI), whatever size the files are.
 */
public final class Exporters {

    private final Map<ExportFormat, Exporter> byFormat = new EnumMap<>(ExportFormat.class);
    private final FigurePainter painter;

    public Exporters(ChartTheme theme, FigureOptions options) {
        this(theme, options, Words.english());
    }

    /**
     * @param words the language of every word the files add to the study's (the line under a
     *              figure's title, the deck's slides, the tables' headers); the study should be
     *              built in the same one. summary.csv is the same in every language.
     */
    public Exporters(ChartTheme theme, FigureOptions options, Words words) {
        painter = new FigurePainter(theme, options, false, words);
        FigurePainter deckPainter = new FigurePainter(theme, new FigureOptions(FigureOptions.SLIDE_WIDTH,
                FigureOptions.SLIDE_HEIGHT, 2, false), options.caption(), words);
        List<Exporter> all = List.of(new PngExporter(painter), new SvgExporter(painter),
                new PdfExporter(painter, new PdfFonts(theme.fontFamily())), new PptxExporter(deckPainter,
                        options.caption(), new DeckSlides(words)), new CsvTableExporter(),
                new LatexTableExporter(words), new MarkdownTableExporter(words));
        all.forEach(e -> byFormat.put(e.format(), e));
    }

    /** Figures for slides: the slide theme with these options, in English. */
    public static Exporters forSlides(FigureOptions options) {
        return forSlides(options, Words.english());
    }

    /** Figures for slides in {@code words}' language. */
    public static Exporters forSlides(FigureOptions options, Words words) {
        return new Exporters(ChartTheme.slides(), options, words);
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
