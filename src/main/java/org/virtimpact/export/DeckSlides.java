package org.virtimpact.export;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.chart.Palette;
import org.virtimpact.chart.Whiskers;
import org.virtimpact.core.report.ImpactLevel;
import org.virtimpact.core.report.ImpactRow;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.text.Words;

/** The deck's title slide and its impact-table slide, in the deck's language. */
final class DeckSlides {

    private static final double LEFT = 60;
    private static final double WIDTH = PptxExporter.SLIDE.width - 2 * LEFT;
    private static final int MAX_DESCRIPTION = 280;
    private static final int MAX_FALLBACK_ROWS = 12;

    private final Words words;
    /** The report drafts each impact sentence in English and Portuguese; the deck takes its own. */
    private final boolean portuguese;

    DeckSlides(Words words) {
        this.words = words;
        this.portuguese = "pt".equals(words.locale().getLanguage());
    }

    /** Campaign, dates, and each environment with its mode beside the colour it has in every chart. */
    void title(XMLSlideShow deck, Study study) {
        XSLFSlide slide = deck.createSlide();
        SlideText.box(slide, new Rectangle2D.Double(LEFT, 50, WIDTH, 100), study.campaign(), 40, true, SlideText.INK);
        String description = study.description().length() > MAX_DESCRIPTION
                ? study.description().substring(0, MAX_DESCRIPTION - 1).strip() + "…" : study.description();
        SlideText.box(slide, new Rectangle2D.Double(LEFT, 150, WIDTH, 80), description, 16, false, SlideText.MUTED);
        String dates = FigureText.capitalise(study.dates(words));
        String when = study.environments().size() > 1
                ? words.text(Message.of("deck.datesAndBaseline", "{0} · baseline: {1}", dates, study.baseline())) : dates;
        SlideText.box(slide, new Rectangle2D.Double(LEFT, 235, WIDTH, 34), when, 18, false, SlideText.INK);
        SlideText.box(slide, new Rectangle2D.Double(LEFT, 280, WIDTH, 34),
                words.text(Message.of("deck.environments", "Environments")), 20, true, SlideText.INK);
        int n = Math.max(1, study.environments().size());
        double row = Math.min(38, 200.0 / n);
        double text = Math.min(22, row * 0.58);
        for (int i = 0; i < study.environments().size(); i++) {
            Study.StudyEnvironment env = study.environments().get(i);
            double y = 322 + i * row;
            XSLFAutoShape swatch = slide.createAutoShape();
            swatch.setShapeType(ShapeType.RECT);
            swatch.setAnchor(new Rectangle2D.Double(LEFT + 4, y + row * 0.2, row * 0.55, row * 0.55));
            swatch.setFillColor(Palette.colour(env.colour()));
            swatch.setLineColor(null);
            String mode = env.mode().isBlank() ? "" : " — " + env.mode();
            SlideText.box(slide, new Rectangle2D.Double(LEFT + 4 + row * 0.8, y, WIDTH - row, row), env.name() + mode,
                    text, false, SlideText.INK);
        }
        SlideText.notes(deck, slide, words.text(Message.of("deck.title.notes", "{0}. {1}. Environments: {2}.",
                study.campaign(), dates, String.join(", ", study.environments().stream()
                        .map(Study.StudyEnvironment::label).toList()))));
    }

    /**
     * The impact table (the study's verdict per device and environment). With a single
     * environment there is nothing to compare, so the slide says so and lists the headline means.
     */
    void impact(XMLSlideShow deck, Study study) {
        XSLFSlide slide = deck.createSlide();
        List<ImpactRow> rows = study.impact().rows();
        String title = rows.isEmpty() ? words.text(Message.of("deck.results", "Results"))
                : words.text(Message.of("deck.impact", "Impact against {0}", study.baseline()));
        SlideText.box(slide, new Rectangle2D.Double(40, 24, PptxExporter.SLIDE.width - 80, 60), title, 32, true,
                SlideText.INK);
        List<String> notes = new ArrayList<>();
        if (rows.isEmpty()) {
            String only = words.text(Message.of("deck.onlyOne", "Only one environment ({0}) has results, so nothing"
                    + " is compared yet. Add another environment and run it to see what virtualization costs.",
                    study.baseline()));
            SlideText.box(slide, new Rectangle2D.Double(40, 88, PptxExporter.SLIDE.width - 80, 56), only, 16, false,
                    SlideText.MUTED);
            List<List<String>> table = headlineRows(study);
            SlideText.table(slide, 40, 150, new double[] {130, 190, 340, 220}, table, size(table.size()));
            notes.add(only);
            table.stream().skip(1).forEach(r -> notes.add(String.join(", ", r)));
        } else {
            List<List<String>> table = new ArrayList<>();
            table.add(List.of(device(), environment(), words.text(Message.of("deck.column.impact", "Impact")),
                    words.text(Message.of("deck.column.finding", "Finding"))));
            String language = portuguese ? ImpactRow.PORTUGUESE : ImpactRow.ENGLISH;
            for (ImpactRow row : rows) {
                String env = study.environment(row.environment()).map(Study.StudyEnvironment::label)
                        .orElse(row.environment());
                table.add(List.of(words.device(row.device()), env, level(row.level()), row.sentence(language)));
                notes.add(row.sentence(language));
            }
            SlideText.table(slide, 40, 96, new double[] {130, 175, 145, 430}, table, size(table.size()));
        }
        notes.add(words.text(Message.of("deck.intervals", "Intervals are {0} confidence intervals; {1}.",
                Whiskers.percent(study.confidence(), words), study.dates(words))));
        SlideText.notes(deck, slide, String.join("\n", notes));
    }

    /** Device, environment, quantity with unit, and "mean ± CI (n)" of every bar of every chart. */
    private List<List<String>> headlineRows(Study study) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(device(), environment(), words.text(Message.of("deck.column.quantity", "Quantity, cell")),
                words.text(Message.of("deck.column.mean", "Mean ± CI (n)"))));
        for (Figure figure : study.figures()) {
            for (ChartSpec.Series series : figure.spec().series()) {
                for (ChartSpec.Bar bar : series.bars()) {
                    if (rows.size() > MAX_FALLBACK_ROWS) {
                        return rows;
                    }
                    rows.add(List.of(words.device(figure.query().device()), series.name(),
                            figure.spec().valueAxisLabel() + ", " + bar.category(),
                            words.decimal(ValueFormat.meanAndHalfWidth(bar.mean(), bar.error())) + " (" + bar.n()
                                    + ")"));
                }
            }
        }
        return rows;
    }

    /** Smaller type as rows are added, so the table stays on its slide. */
    private static double size(int rows) {
        return rows <= 7 ? 16 : rows <= 11 ? 13 : 11;
    }

    private String device() {
        return words.text(Message.of("deck.column.device", "Device"));
    }

    private String environment() {
        return words.text(Message.of("deck.column.environment", "Environment"));
    }

    private String level(ImpactLevel level) {
        return portuguese ? level.portuguese() : level.english();
    }
}
