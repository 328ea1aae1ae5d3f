package org.virtimpact.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.virtimpact.core.text.Words;
import org.virtimpact.export.CampaignExports;
import org.virtimpact.export.ChartSelection;
import org.virtimpact.export.ExportException;
import org.virtimpact.export.ExportFormat;
import org.virtimpact.export.Exporters;
import org.virtimpact.export.FigureOptions;
import org.virtimpact.export.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtimpact export DIR}: the campaign's figures, deck and tables, ready for a talk or a
 * paper. Everything is checked and computed before the first file is written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the charts, a slide deck and summary tables of the campaign in DIR.",
            "Figures use the slide theme; whiskers are the confidence interval of the mean."})
final class ExportCommand implements Callable<Integer> {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<Words, CampaignExports> exports;

    @Parameters(index = "0", paramLabel = "DIR", description = "Campaign folder holding campaign.json.")
    private Path dir;

    @Option(names = "--out", paramLabel = "OUT", description = "Folder to write to (default DIR/export).")
    private Path outDir;

    @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "png,svg,pdf,pptx,csv,tex,md",
            description = "Comma-separated: png, svg, pdf, pptx, csv, tex, md (default: all).")
    private String formats;

    @Option(names = "--baseline", paramLabel = "ENV",
            description = "Environment the impact table compares with (default: the first with results).")
    private String baseline;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080",
            description = "Figure size in pixels (default ${DEFAULT-VALUE}); PDF pages are as many points.")
    private String size;

    @Option(names = "--scale", paramLabel = "FACTOR", defaultValue = "1",
            description = "PNG pixels per layout pixel: 2 gives 3840x2160 for HiDPI projectors (default 1).")
    private double scale;

    @Option(names = "--caption", description = "Put a caption under each figure: runs per bar, confidence level,"
            + " tools and versions, environments, date.")
    private boolean caption;

    @Option(names = "--all-metrics", description = "A chart for every metric, not only each device's headline one.")
    private boolean allMetrics;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the words in the figures, deck and tables: en (default) or pt-BR."
                    + " Numbers follow it (decimal comma in pt-BR); summary.csv is the same in both.")
    private String language;

    /** @param exports the campaign reader whose figures speak the given words */
    ExportCommand(PrintWriter out, PrintWriter err, Function<Words, CampaignExports> exports) {
        this.out = out;
        this.err = err;
        this.exports = exports;
    }

    @Override
    public Integer call() {
        Set<ExportFormat> chosen;
        FigureOptions options;
        try {
            chosen = ExportFormat.list(formats);
            options = FigureOptions.slides().withSize(size).withScale(scale).withCaption(caption);
        } catch (IllegalArgumentException e) {
            err.println("--format, --size or --scale: " + e.getMessage());
            return VirtImpactCli.BAD_INPUT;
        }
        Optional<Words> words = words(language);
        if (words.isEmpty()) {
            err.println("--language must be en or pt-BR, not '" + language + "'.");
            return VirtImpactCli.BAD_INPUT;
        }
        Study study;
        try {
            study = exports.apply(words.get()).load(dir, Optional.ofNullable(baseline),
                    allMetrics ? ChartSelection.allMetrics() : ChartSelection.headlines());
        } catch (ExportException e) {
            err.println(e.getMessage());
            return VirtImpactCli.BAD_INPUT;
        }
        Path target = outDir != null ? outDir : dir.resolve("export");
        List<Path> written;
        try {
            written = Exporters.forSlides(options, words.get()).writeAll(study, chosen, target);
        } catch (IOException e) {
            err.println("Could not write to " + target + ": " + e.getMessage()
                    + ". Check the path, free space and permissions.");
            return VirtImpactCli.BAD_INPUT;
        }
        written.forEach(out::println);
        err.println("Wrote " + written.size() + " files (" + study.figures().size() + " charts) to " + target + ".");
        return VirtImpactCli.OK;
    }

    /** The languages the workbench speaks; messages on the console stay English whichever is chosen. */
    private static Optional<Words> words(String tag) {
        return switch (tag.strip().replace('_', '-').toLowerCase(Locale.ROOT)) {
            case "en" -> Optional.of(Words.english());
            case "pt-br", "pt" -> Optional.of(new Words(Locale.forLanguageTag("pt-BR")));
            default -> Optional.empty();
        };
    }
}
