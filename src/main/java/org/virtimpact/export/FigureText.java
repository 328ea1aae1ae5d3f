package org.virtimpact.export;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.virtimpact.chart.ChartSpec;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.text.Words;

/**
 * The words around a figure: the caption printed under it and the speaker notes of its slide.
 * Both say what the whiskers are, since an export's whiskers (the confidence interval of the
 * mean) differ from the workbench's (± 1 standard deviation). Both are in the study's language,
 * numbers included ("312,5 ± 5,1" for a Portuguese reader).
 */
final class FigureText {

    private final Function<String, String> environmentLabel;
    private final String dates;
    private final Words words;

    /**
     * @param environmentLabel an environment's name with its mode, as {@link Study.StudyEnvironment#label()}
     * @param dates            as {@link Study#dates(Words)} says them, in the same {@code words}
     */
    FigureText(Function<String, String> environmentLabel, String dates, Words words) {
        this.environmentLabel = environmentLabel;
        this.dates = dates;
        this.words = words;
    }

    String caption(ChartSpec spec, String tool) {
        return words.text(Message.of("figure.caption",
                "Bars: mean of {0}; whiskers: {1} (Student''s t). Tool: {2}. Environments: {3}. {4}.",
                runs(spec), spec.whiskers().describe(words), tool, environments(spec), capitalise(dates)));
    }

    /** Researcher notes first (they say why the figure matters), then what the figure shows. */
    String notes(ChartSpec spec, String unit, String tool, List<String> researcherNotes) {
        List<String> paragraphs = new ArrayList<>(researcherNotes);
        String quantity = spec.title() + (unit.isBlank() ? "" : " (" + unit + ")");
        paragraphs.add(words.text(Message.of("figure.notes.tool", "{0}, measured with {1}.", quantity, tool)));
        paragraphs.add(words.text(Message.of("figure.notes.bars", "Bars are means of {0}; whiskers are the {1}. {2}.",
                runs(spec), spec.whiskers().describe(words), capitalise(dates))));
        String suffix = unit.isBlank() ? "" : " " + unit;
        for (ChartSpec.Series series : spec.series()) {
            String bars = series.bars().stream().map(b -> b.category() + ": "
                    + words.decimal(ValueFormat.meanAndHalfWidth(b.mean(), b.error())) + suffix + " (n = " + n(b.n())
                    + ")").collect(Collectors.joining("; "));
            paragraphs.add(environmentLabel.apply(series.name()) + " — " + bars + ".");
        }
        return String.join("\n", paragraphs);
    }

    private String environments(ChartSpec spec) {
        return spec.series().stream().map(s -> environmentLabel.apply(s.name())).collect(Collectors.joining(", "));
    }

    private String runs(ChartSpec spec) {
        IntSummaryStatistics n = spec.series().stream().flatMap(s -> s.bars().stream())
                .mapToInt(ChartSpec.Bar::n).summaryStatistics();
        if (n.getCount() == 0 || n.getMax() == 0) {
            return words.text(Message.of("figure.runs.published", "published values (run counts not given)"));
        }
        String count = n.getMin() == n.getMax() ? Integer.toString(n.getMin())
                : n.getMin() == 0 ? words.text(Message.of("figure.runs.upTo", "up to {0}", Integer.toString(n.getMax())))
                : n.getMin() + "–" + n.getMax();
        return n.getMax() == 1 ? words.text(Message.of("figure.runs.one", "n = {0} run per bar", count))
                : words.text(Message.of("figure.runs", "n = {0} runs per bar", count));
    }

    private String n(int n) {
        return n == 0 ? words.text(Message.of("figure.n.unpublished", "not published")) : Integer.toString(n);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
