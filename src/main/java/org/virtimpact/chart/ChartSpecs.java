package org.virtimpact.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.CellOrder;
import org.virtimpact.core.stats.Comparison;
import org.virtimpact.core.stats.Summary;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.text.Words;

/**
 * Builds chart specs from summarised results. Environments are ordered as in the campaign, so
 * colours and bar order stay put from one chart to the next; environments found only in the
 * results (renamed or removed since) follow, rather than silently vanishing from the figure.
 */
public final class ChartSpecs {

    private final List<String> environments;
    private final Words words;

    /** @param environments environment names in campaign order */
    public ChartSpecs(List<String> environments) {
        this(environments, Words.english());
    }

    /** @param words the language of titles and axes, so a figure says what the screen around it says */
    public ChartSpecs(List<String> environments, Words words) {
        this.environments = List.copyOf(environments);
        this.words = words;
    }

    /** Whiskers of ± 1 standard deviation: the spread of the runs, as the workbench shows it. */
    public ChartSpec bars(Map<CellKey, Summary> summaries, ChartQuery query) {
        return bars(summaries, query, Whiskers.standardDeviation());
    }

    /**
     * With a confidence-interval {@code whiskers}, each whisker is the summary's own interval
     * (Student's t at the summaries' confidence); the level in {@code whiskers} only labels it.
     */
    public ChartSpec bars(Map<CellKey, Summary> summaries, ChartQuery query, Whiskers whiskers) {
        Map<CellKey, Summary> matching = new LinkedHashMap<>();
        summaries.forEach((key, summary) -> {
            if (matches(key, query)) {
                matching.put(key, summary);
            }
        });
        Set<String> categories = new LinkedHashSet<>();
        matching.keySet().stream().sorted(Comparator.comparing(CellKey::axes, new CellOrder()))
                .forEach(k -> categories.add(k.category()));
        // one pass, not a search per bar: the workbench redraws a live chart many times a run
        Map<List<String>, Summary> byBar = new LinkedHashMap<>();
        matching.forEach((key, summary) -> byBar.putIfAbsent(List.of(key.environment(), key.category()), summary));
        List<ChartSpec.Series> series = new ArrayList<>();
        for (String env : environmentOrder(matching)) {
            List<ChartSpec.Bar> bars = new ArrayList<>();
            for (String category : categories) {
                Summary found = byBar.get(List.of(env, category));
                if (found != null) {
                    bars.add(new ChartSpec.Bar(category, found.mean(), error(found, whiskers), found.n()));
                }
            }
            series.add(new ChartSpec.Series(env, colourOf(env), bars));
        }
        return new ChartSpec(words.text(Message.of("chart.title", "{0} — {1}", words.device(query.device()),
                metricTitle(query))), axisLabel(query, matching),
                List.copyOf(categories), series, whiskers);
    }

    /**
     * Each environment's cells as ratios to the {@code baseline}'s: the baseline's bars are 1, the
     * others carry the comparison's Fieller interval. Cells the baseline lacks have no ratio and
     * no bar, rather than a bar that looks like one.
     *
     * @param comparisons by cell, as the report made them against {@code baseline}
     */
    public ChartSpec ratios(Map<CellKey, Summary> summaries, Map<CellKey, Comparison> comparisons, ChartQuery query,
                            String baseline, double confidence) {
        ChartSpec absolute = bars(summaries, query, Whiskers.confidenceInterval(confidence));
        Map<List<String>, Comparison> byBar = new LinkedHashMap<>();
        comparisons.forEach((key, comparison) -> {
            if (matches(key, query)) {
                byBar.putIfAbsent(List.of(key.environment(), key.category()), comparison);
            }
        });
        List<ChartSpec.Series> series = new ArrayList<>();
        for (ChartSpec.Series s : absolute.series()) {
            List<ChartSpec.Bar> bars = new ArrayList<>();
            for (ChartSpec.Bar bar : s.bars()) {
                if (s.name().equals(baseline)) {
                    bars.add(new ChartSpec.Bar(bar.category(), 1, Double.NaN, bar.n()));
                    continue;
                }
                Comparison c = byBar.get(List.of(s.name(), bar.category()));
                if (c != null) {
                    bars.add(ChartSpec.Bar.interval(bar.category(), c.ratio(), c.ratioCiLow(), c.ratioCiHigh(), bar.n()));
                }
            }
            series.add(new ChartSpec.Series(s.name(), s.colour(), bars));
        }
        return new ChartSpec(words.text(Message.of("chart.relative", "{0} relative to {1}", absolute.title(), baseline)),
                words.text(Message.of("chart.ratioAxis", "{0} / {1}", metricTitle(query), baseline)),
                absolute.categories(), series,
                Whiskers.ratioConfidenceInterval(confidence));
    }

    /** The t interval is symmetric about the mean, so half its width is the whisker. */
    private static double error(Summary summary, Whiskers whiskers) {
        return whiskers.kind() == Whiskers.Kind.STANDARD_DEVIATION ? summary.sd()
                : (summary.ciHigh() - summary.ciLow()) / 2;
    }

    private static boolean matches(CellKey key, ChartQuery query) {
        return key.device().equals(query.device()) && key.benchmark().equals(query.benchmark())
                && key.metric().equals(query.metric().name());
    }

    private List<String> environmentOrder(Map<CellKey, Summary> matching) {
        Set<String> present = new LinkedHashSet<>();
        matching.keySet().forEach(k -> present.add(k.environment()));
        List<String> order = new ArrayList<>(environments.stream().filter(present::contains).toList());
        present.stream().filter(e -> !environments.contains(e)).forEach(order::add);
        return order;
    }

    /** The palette index of an environment: its place in the campaign, so it is the same in every figure. */
    public int colourOf(String env) {
        int index = environments.indexOf(env);
        return index >= 0 ? index : environments.size() + Math.floorMod(env.hashCode(), Palette.OKABE_ITO.size());
    }

    /** The unit written in the results wins over the definition's: it is what was measured. */
    private String axisLabel(ChartQuery query, Map<CellKey, Summary> matching) {
        String unit = matching.keySet().stream().map(CellKey::unit).filter(u -> !u.isBlank()).findFirst()
                .orElse(query.metric().unit());
        return unit.isBlank() ? metricTitle(query)
                : words.text(Message.of("chart.axis", "{0} ({1})", metricTitle(query), unit));
    }

    private String metricTitle(ChartQuery query) {
        return words.metric(query.benchmark(), query.metric());
    }
}
