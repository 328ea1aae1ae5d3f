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
import org.virtimpact.core.report.ImpactRow;

/** The deck's title slide and its impact-table slide. */
final class DeckSlides {

    private static final double LEFT = 60;
    private static final double WIDTH = PptxExporter.SLIDE.width - 2 * LEFT;
    private static final int MAX_DESCRIPTION = 280;
    private static final int MAX_FALLBACK_ROWS = 12;

    /** Campaign, dates, and each environment with its mode beside the colour it has in every chart. */
    void title(XMLSlideShow deck, Study study) {
        XSLFSlide slide = deck.createSlide();
        SlideText.box(slide, new Rectangle2D.Double(LEFT, 50, WIDTH, 100), study.campaign(), 40, true, SlideText.INK);
        String description = study.description().length() > MAX_DESCRIPTION
                ? study.description().substring(0, MAX_DESCRIPTION - 1).strip() + "…" : study.description();
        SlideText.box(slide, new Rectangle2D.Double(LEFT, 150, WIDTH, 80), description, 16, false, SlideText.MUTED);
        String baseline = study.environments().size() > 1 ? " · baseline: " + study.baseline() : "";
        SlideText.box(slide, new Rectangle2D.Double(LEFT, 235, WIDTH, 34), capitalise(study.dates()) + baseline, 18,
                false, SlideText.INK);
        SlideText.box(slide, new Rectangle2D.Double(LEFT, 280, WIDTH, 34), "Environments", 20, true, SlideText.INK);
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
        SlideText.notes(deck, slide, study.campaign() + ". " + capitalise(study.dates()) + ". Environments: "
                + String.join(", ", study.environments().stream().map(Study.StudyEnvironment::label).toList()) + ".");
    }

    /**
     * The impact table (the study's verdict per device and environment). With a single
     * environment there is nothing to compare, so the slide says so and lists the headline means.
     */
    void impact(XMLSlideShow deck, Study study) {
        XSLFSlide slide = deck.createSlide();
        List<ImpactRow> rows = study.impact().rows();
        String title = rows.isEmpty() ? "Results" : "Impact against " + study.baseline();
        SlideText.box(slide, new Rectangle2D.Double(40, 24, PptxExporter.SLIDE.width - 80, 60), title, 32, true,
                SlideText.INK);
        List<String> notes = new ArrayList<>();
        if (rows.isEmpty()) {
            String only = "Only one environment (" + study.baseline() + ") has results, so nothing is compared yet."
                    + " Add another environment and run it to see what virtualization costs.";
            SlideText.box(slide, new Rectangle2D.Double(40, 88, PptxExporter.SLIDE.width - 80, 56), only, 16, false,
                    SlideText.MUTED);
            List<List<String>> table = headlineRows(study);
            SlideText.table(slide, 40, 150, new double[] {120, 200, 340, 220}, table, size(table.size()));
            notes.add(only);
            table.stream().skip(1).forEach(r -> notes.add(String.join(", ", r)));
        } else {
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("Device", "Environment", "Impact", "Finding"));
            for (ImpactRow row : rows) {
                String env = study.environment(row.environment()).map(Study.StudyEnvironment::label)
                        .orElse(row.environment());
                table.add(List.of(row.device(), env, row.level().english(), row.sentence(ImpactRow.ENGLISH)));
                notes.add(row.sentence(ImpactRow.ENGLISH));
            }
            SlideText.table(slide, 40, 96, new double[] {110, 180, 150, 440}, table, size(table.size()));
        }
        notes.add("Intervals are " + Whiskers.percent(study.confidence())
                + " confidence intervals; " + study.dates() + ".");
        SlideText.notes(deck, slide, String.join("\n", notes));
    }

    /** Device, environment, quantity with unit, and "mean ± CI (n)" of every bar of every chart. */
    private static List<List<String>> headlineRows(Study study) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Device", "Environment", "Quantity, cell", "Mean ± CI (n)"));
        for (Figure figure : study.figures()) {
            for (ChartSpec.Series series : figure.spec().series()) {
                for (ChartSpec.Bar bar : series.bars()) {
                    if (rows.size() > MAX_FALLBACK_ROWS) {
                        return rows;
                    }
                    rows.add(List.of(figure.query().device(), series.name(), figure.spec().valueAxisLabel() + ", "
                            + bar.category(), ValueFormat.meanAndHalfWidth(bar.mean(), bar.error()) + " (" + bar.n()
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

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
