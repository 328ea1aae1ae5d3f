package org.virtimpact.core.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.TTest;
import org.virtimpact.core.results.PublishedSummary;

/**
 * Compares every cell of every other environment with the same cell of a baseline environment;
 * see {@link Verdict} for the rules. The Holm family is one environment's cells of one device,
 * as the impact table draws one conclusion per device.
 */
public final class Comparisons {

    private final MetricDirections directions;

    public Comparisons(MetricDirections directions) {
        this.directions = directions;
    }

    public List<Comparison> against(String baseline, Map<CellKey, CellValues> cells, ComparisonSettings settings) {
        Map<String, List<Comparison>> families = new LinkedHashMap<>();
        List<Comparison> raw = new ArrayList<>();
        cells.forEach((key, values) -> {
            CellValues base = cells.get(key.inEnvironment(baseline));
            if (!key.environment().equals(baseline) && base != null) {
                Comparison c = unadjusted(key, values, base, baseline, settings);
                raw.add(c);
                families.computeIfAbsent(key.environment() + "\u0000" + key.device(), f -> new ArrayList<>()).add(c);
            }
        });
        Map<Comparison, Comparison> adjusted = new java.util.IdentityHashMap<>();
        families.values().forEach(family -> adjustFamily(family, settings).forEach(c -> adjusted.put(c.getKey(),
                c.getValue())));
        return raw.stream().map(adjusted::get).toList();
    }

    private Comparison unadjusted(CellKey key, CellValues x, CellValues y, String baseline, ComparisonSettings s) {
        Summary sx = x.summary(s.confidence());
        Summary sy = y.summary(s.confidence());
        Moments mx = Moments.of(x);
        Moments my = Moments.of(y);
        boolean means = s.view() == ComparisonSettings.View.MEANS;
        double ratio = means ? sx.mean() / sy.mean() : sx.median() / sy.median();
        double[] ci = means ? FiellerInterval.of(mx.mean, mx.var / mx.n, mx.n, my.mean, my.var / my.n, my.n,
                s.confidence()) : new double[] {Double.NaN, Double.NaN};
        return new Comparison(key, baseline, sx, sy, ratio, ci[0], ci[1], (ratio - 1) * 100, welch(mx, my),
                mannWhitney(x, y), Double.NaN, Double.NaN, directions.of(key.benchmark(), key.metric(), key.unit()),
                s.view(), Verdict.NOT_TESTABLE);
    }

    private static List<Map.Entry<Comparison, Comparison>> adjustFamily(List<Comparison> family,
                                                                        ComparisonSettings s) {
        double[] welch = Holm.adjust(family.stream().mapToDouble(Comparison::welchP).toArray());
        double[] mw = Holm.adjust(family.stream().mapToDouble(Comparison::mannWhitneyP).toArray());
        List<Map.Entry<Comparison, Comparison>> out = new ArrayList<>();
        for (int i = 0; i < family.size(); i++) {
            Comparison c = family.get(i);
            Comparison withP = new Comparison(c.cell(), c.baseline(), c.summary(), c.baselineSummary(), c.ratio(),
                    c.ratioCiLow(), c.ratioCiHigh(), c.percentDifference(), c.welchP(), c.mannWhitneyP(), welch[i],
                    mw[i], c.direction(), c.view(), Verdict.NOT_TESTABLE);
            out.add(Map.entry(c, withVerdict(withP, s)));
        }
        return out;
    }

    private static Comparison withVerdict(Comparison c, ComparisonSettings s) {
        Verdict v;
        if (Double.isNaN(c.pHolm()) || Double.isNaN(c.ratio())) {
            v = Verdict.NOT_TESTABLE;
        } else if (c.pHolm() >= s.alpha()) {
            v = Verdict.NO_SIGNIFICANT_DIFFERENCE;
        } else if (Math.abs(c.ratio() - 1) < s.threshold()) {
            v = Verdict.BELOW_THRESHOLD;
        } else {
            v = c.better() ? Verdict.FASTER_SIGNIFICANT : Verdict.SLOWER_SIGNIFICANT;
        }
        return new Comparison(c.cell(), c.baseline(), c.summary(), c.baselineSummary(), c.ratio(), c.ratioCiLow(),
                c.ratioCiHigh(), c.percentDifference(), c.welchP(), c.mannWhitneyP(), c.welchPHolm(),
                c.mannWhitneyPHolm(), c.direction(), c.view(), v);
    }

    /** Welch's test from means, variances and sizes, so published n and sd take part too. */
    private static double welch(Moments x, Moments y) {
        if (x.n < 2 || y.n < 2 || Double.isNaN(x.var) || Double.isNaN(y.var) || x.var + y.var == 0) {
            return Double.NaN;
        }
        return TTest.withDefaults().test(x.mean, x.var, x.n, y.mean, y.var, y.n).getPValue();
    }

    private static double mannWhitney(CellValues x, CellValues y) {
        if (x.runs() < 2 || y.runs() < 2) {
            return Double.NaN;
        }
        return MannWhitneyUTest.withDefaults().test(x.values(), y.values()).getPValue();
    }

    /** Mean, sample variance and size: of the runs, or as published (NaN when not given). */
    private record Moments(double mean, double var, long n) {
        static Moments of(CellValues c) {
            if (c.runs() > 0) {
                double[] v = c.values();
                return new Moments(Mean.of(v).getAsDouble(), v.length > 1 ? Variance.of(v).getAsDouble()
                        : Double.NaN, v.length);
            }
            PublishedSummary p = c.published().orElseThrow();
            double sd = p.sd().orElse(Double.NaN);
            return new Moments(p.mean(), sd * sd, p.n().orElse(0));
        }
    }
}
