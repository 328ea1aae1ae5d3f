package org.virtimpact.export;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.virtimpact.chart.ChartSpec;

/**
 * The words around a figure: the caption printed under it and the speaker notes of its slide.
 * Both say what the whiskers are, since an export's whiskers (the confidence interval of the
 * mean) differ from the workbench's (± 1 standard deviation).
 */
final class FigureText {

    private final Function<String, String> environmentLabel;
    private final String dates;

    /** @param environmentLabel an environment's name with its mode, as {@link Study.StudyEnvironment#label()} */
    FigureText(Function<String, String> environmentLabel, String dates) {
        this.environmentLabel = environmentLabel;
        this.dates = dates;
    }

    String caption(ChartSpec spec, String tool) {
        return "Bars: mean of " + runs(spec) + "; whiskers: " + spec.whiskers().describe()
                + " (Student's t). Tool: " + tool + ". Environments: " + environments(spec) + ". "
                + capitalise(dates) + ".";
    }

    /** Researcher notes first (they say why the figure matters), then what the figure shows. */
    String notes(ChartSpec spec, String unit, String tool, List<String> researcherNotes) {
        List<String> paragraphs = new ArrayList<>(researcherNotes);
        paragraphs.add(spec.title() + (unit.isBlank() ? "" : " (" + unit + ")") + ", measured with " + tool + ".");
        paragraphs.add("Bars are means of " + runs(spec) + "; whiskers are the " + spec.whiskers().describe() + ". "
                + capitalise(dates) + ".");
        String suffix = unit.isBlank() ? "" : " " + unit;
        for (ChartSpec.Series series : spec.series()) {
            String bars = series.bars().stream().map(b -> b.category() + ": "
                    + ValueFormat.meanAndHalfWidth(b.mean(), b.error()) + suffix + " (n = " + n(b.n()) + ")")
                    .collect(Collectors.joining("; "));
            paragraphs.add(environmentLabel.apply(series.name()) + " — " + bars + ".");
        }
        return String.join("\n", paragraphs);
    }

    private String environments(ChartSpec spec) {
        return spec.series().stream().map(s -> environmentLabel.apply(s.name())).collect(Collectors.joining(", "));
    }

    static String runs(ChartSpec spec) {
        IntSummaryStatistics n = spec.series().stream().flatMap(s -> s.bars().stream())
                .mapToInt(ChartSpec.Bar::n).summaryStatistics();
        if (n.getCount() == 0 || n.getMax() == 0) {
            return "published values (run counts not given)";
        }
        String count = n.getMin() == n.getMax() ? Integer.toString(n.getMin())
                : n.getMin() == 0 ? "up to " + n.getMax() : n.getMin() + "–" + n.getMax();
        return "n = " + count + (n.getMax() == 1 ? " run" : " runs") + " per bar";
    }

    private static String n(int n) {
        return n == 0 ? "not published" : Integer.toString(n);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
