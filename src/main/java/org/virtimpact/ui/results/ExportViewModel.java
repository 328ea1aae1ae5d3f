package org.virtimpact.ui.results;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.virtimpact.core.text.Words;
import org.virtimpact.export.CampaignExports;
import org.virtimpact.export.ChartSelection.ChartPick;
import org.virtimpact.export.ChartSelection;
import org.virtimpact.export.ExportException;
import org.virtimpact.export.ExportFormat;
import org.virtimpact.export.Exporters;
import org.virtimpact.export.Figure;
import org.virtimpact.export.FigureOptions;
import org.virtimpact.export.FigureWriter;
import org.virtimpact.export.Study;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Dialogs;
import org.virtimpact.ui.Language;
import org.virtimpact.ui.Texts;

/**
 * Exports from the results tabs: the chart on screen as a file or on the clipboard, or every
 * tab's chart with the deck and tables. Exports read the campaign folder in the background, as
 * {@code virtimpact export} does, so the workbench and the command line write the same files.
 */
public final class ExportViewModel {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty caption = new SimpleBooleanProperty(false);
    private final BooleanProperty hiDpi = new SimpleBooleanProperty(true);
    private final ObjectProperty<Language> language;

    private final Function<Words, CampaignExports> exports;
    private final ResultsViewModel results;
    private final Supplier<Optional<Path>> campaignDir;
    private final Background background;
    private final Dialogs dialogs;
    private final Consumer<String> status;
    private final Texts texts;

    /**
     * @param exports     the campaign reader whose figures, deck and tables speak the given words
     * @param campaignDir the open campaign's folder, empty when none is open
     * @param status      where a one-line report of a finished export goes
     * @param language    the exported files' language until another is chosen: the workbench's own
     */
    public ExportViewModel(Function<Words, CampaignExports> exports, ResultsViewModel results,
                           Supplier<Optional<Path>> campaignDir, Background background, Dialogs dialogs,
                           Consumer<String> status, Texts texts, Language language) {
        this.exports = exports;
        this.language = new SimpleObjectProperty<>(language);
        this.results = results;
        this.campaignDir = campaignDir;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
        this.texts = texts;
    }

    /** True while an export runs; the menu waits rather than queueing a second one. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether figures carry a caption (runs, confidence, tools, environments, date) under them. */
    public BooleanProperty captionProperty() {
        return caption;
    }

    /** Whether PNGs and the clipboard get 3840 × 2160 pixels rather than 1920 × 1080. */
    public BooleanProperty hiDpiProperty() {
        return hiDpi;
    }

    /**
     * The language of the words the exported files add (titles, captions, notes, tables): a paper
     * may be written in Portuguese by someone whose workbench speaks English, or the other way round.
     */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The file name a save dialog proposes for a tab's chart, e.g. {@code disk-dd-write-rate.png}. */
    public Optional<String> suggestedFileName(DeviceResultsViewModel tab) {
        return pick(tab).map(p -> p.fileStem() + ".png");
    }

    /** Saves the tab's chart; the format follows the file's extension (.png, .svg or .pdf). */
    public void saveChart(DeviceResultsViewModel tab, Path file) {
        Optional<ChartPick> pick = pick(tab);
        ExportFormat format;
        try {
            format = ExportFormat.ofFileName(file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            dialogs.error(texts.get("export.saveRefused", file.getFileName()), capitalise(texts.explain(e)));
            return;
        }
        if (pick.isEmpty() || !format.isFigure()) {
            dialogs.error(texts.get("export.saveRefused", file.getFileName()), pick.isEmpty()
                    ? texts.get("export.noChart") : texts.get("export.figureFormats"));
            return;
        }
        FigureOptions options = options();
        Choices choices = choices();
        run(texts.get("export.failed.save"), () -> {
            Figure figure = figure(ChartSelection.of(List.of(pick.get())), choices);
            FigureWriter writer = Exporters.forSlides(options, choices.words()).figureWriter(format).orElseThrow();
            writer.write(figure, file);
            return file;
        }, saved -> status.accept(texts.get("export.saved", saved)));
    }

    /** Every tab's chart as shown (PNG, SVG, PDF), the deck and the tables, into {@code dir}. */
    public void exportAll(Path dir) {
        List<ChartPick> picks = results.devices().stream().map(ExportViewModel::pick).flatMap(Optional::stream)
                .toList();
        FigureOptions options = options();
        Choices choices = choices();
        run(texts.get("export.failed.all"), () -> {
            Study study = load(ChartSelection.of(picks), choices);
            return Exporters.forSlides(options, choices.words()).writeAll(study, EnumSet.allOf(ExportFormat.class),
                    dir);
        }, files -> status.accept(texts.get("export.exported", files.size(), dir)));
    }

    /** Draws the tab's chart as a slide figure and hands the picture to {@code clipboard} on the FX thread. */
    public void copyChart(DeviceResultsViewModel tab, Consumer<BufferedImage> clipboard) {
        Optional<ChartPick> pick = pick(tab);
        if (pick.isEmpty()) {
            dialogs.error(texts.get("export.nothingToCopy"), texts.get("export.noChart"));
            return;
        }
        FigureOptions options = options();
        Choices choices = choices();
        run(texts.get("export.failed.copy"), () -> Exporters.forSlides(options, choices.words()).painter()
                .image(figure(ChartSelection.of(List.of(pick.get())), choices)), image -> {
                    clipboard.accept(image);
                    status.accept(texts.get("export.copied", image.getWidth(), image.getHeight()));
                });
    }

    private <T> void run(String what, Callable<T> work, Consumer<T> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        background.submit(work, result -> {
            busy.set(false);
            done.accept(result);
        }, e -> {
            busy.set(false);
            // never a stack trace: an ExportException already says what to do; anything else
            // (a full disk, a read-only folder) gets the reason in words and what to try
            dialogs.error(what, e instanceof ExportException ? texts.explain(e)
                    : texts.get("export.failed.details", texts.explain(e)));
        });
    }

    private Study load(ChartSelection selection, Choices choices) throws ExportException {
        Path dir = choices.campaign().orElseThrow(() -> new ExportException(texts.get("export.noCampaign")));
        return exports.apply(choices.words()).load(dir, choices.baseline(), selection);
    }

    private Figure figure(ChartSelection selection, Choices choices) throws ExportException {
        return load(selection, choices).figures().stream().findFirst().orElseThrow(() -> new ExportException(
                texts.get("export.noResults")));
    }

    /**
     * Read on the FX thread when an export starts, for the worker to use: the open campaign, the
     * language chosen, and the baseline on screen, so exported verdicts and impact table match what
     * is shown.
     */
    private Choices choices() {
        return new Choices(campaignDir.get(), language.get().words(),
                Optional.ofNullable(results.baselineProperty().get()));
    }

    private record Choices(Optional<Path> campaign, Words words, Optional<String> baseline) {
    }

    private FigureOptions options() {
        return FigureOptions.slides().withScale(hiDpi.get() ? 2 : 1).withCaption(caption.get());
    }

    private static Optional<ChartPick> pick(DeviceResultsViewModel tab) {
        MetricOption option = tab.selectedMetricProperty().get();
        return option == null ? Optional.empty()
                : Optional.of(new ChartPick(tab.device(), option.benchmark(), option.metric().name()));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
