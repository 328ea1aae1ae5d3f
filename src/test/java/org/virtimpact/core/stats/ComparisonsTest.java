package org.virtimpact.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.results.PublishedSummary;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;

/**
 * p-values and ratio intervals against SciPy 1.17.1:
 * x = [10, 12, 9, 11, 13], y = [14, 15, 13, 16, 12, 17];
 * stats.ttest_ind(x, y, equal_var=False).pvalue = 0.00836738015279211;
 * stats.mannwhitneyu(x, y).pvalue = 0.021869769467892982 (ties: normal approximation with
 * continuity correction, as Commons Statistics does);
 * Fieller bounds by root finding, independent of the closed form in the code:
 * brentq(lambda r: (mx - r*my)/sqrt(vx + r*r*vy) -/+ t, ...) with t = stats.t.ppf(0.975, df),
 * df = 8.212724051982502 (Welch-Satterthwaite at r = 0.7586...): 0.6236413562623988, 0.9161135337153947.
 */
class ComparisonsTest {

    private static final double[] X = {10, 12, 9, 11, 13};
    private static final double[] Y = {14, 15, 13, 16, 12, 17};

    private final Comparisons comparisons = new Comparisons(new MetricDirections(BenchmarkCatalog.standard()));

    private static List<Sample> samples(String env, String metric, String unit, String size, double... values) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new Sample(env + i, Instant.EPOCH, env, "Disk", "dd", metric, values[i], unit, i + 1, Sample.OK,
                    Map.of("size", size)));
        }
        return out;
    }

    private List<Comparison> compare(List<Sample> samples, List<PublishedSummary> published, ComparisonSettings s) {
        ResultSet rs = new ResultSet(samples, List.of(), published);
        return comparisons.against("base", new Summaries(s.confidence()).cells(rs), s);
    }

    private Comparison single(ComparisonSettings s) {
        List<Sample> all = new ArrayList<>(samples("xen", "write_rate", "MB/s", "8M", X));
        all.addAll(samples("base", "write_rate", "MB/s", "8M", Y));
        return compare(all, List.of(), s).get(0);
    }

    @Test
    void welchPValueMatchesScipy() {
        assertEquals(0.00836738015279211, single(ComparisonSettings.defaults()).welchP(), 1e-12);
    }

    @Test
    void mannWhitneyPValueMatchesScipy() {
        assertEquals(0.021869769467892982, single(ComparisonSettings.defaults()).mannWhitneyP(), 1e-12);
    }

    @Test
    void ratioOfMeansHasTheFiellerInterval() {
        Comparison c = single(ComparisonSettings.defaults());

        assertEquals(11.0 / 14.5, c.ratio(), 1e-15);
        assertEquals(0.6236413562623988, c.ratioCiLow(), 1e-9);
        assertEquals(0.9161135337153947, c.ratioCiHigh(), 1e-9);
        assertEquals((11.0 / 14.5 - 1) * 100, c.percentDifference(), 1e-12);
    }

    @Test
    void fiellerIntervalFollowsTheConfidenceLevel() {
        // same root finding at 90 %: 0.6482869872653092, 0.8835524913107325
        Comparison c = single(new ComparisonSettings(0.90, 0.02, ComparisonSettings.View.MEANS));

        assertEquals(0.6482869872653092, c.ratioCiLow(), 1e-9);
        assertEquals(0.8835524913107325, c.ratioCiHigh(), 1e-9);
    }

    @Test
    void lowerThroughputThanBaselineIsSlowerSignificant() {
        assertEquals(Verdict.SLOWER_SIGNIFICANT, single(ComparisonSettings.defaults()).verdict());
    }

    @Test
    void lowerTimeThanBaselineIsFasterBecauseTimesAreBetterLow() {
        List<Sample> all = new ArrayList<>(samples("xen", "write_time", "s", "8M", X));
        all.addAll(samples("base", "write_time", "s", "8M", Y));

        assertEquals(Verdict.FASTER_SIGNIFICANT, compare(all, List.of(), ComparisonSettings.defaults()).get(0).verdict());
    }

    @Test
    void significantButSmallDifferenceIsBelowThreshold() {
        // the same data with a 30 % practical threshold: significant, but |ratio - 1| = 0.24 < 0.30
        assertEquals(Verdict.BELOW_THRESHOLD,
                single(new ComparisonSettings(0.95, 0.30, ComparisonSettings.View.MEANS)).verdict());
    }

    @Test
    void overlappingRunsAreNoSignificantDifference() {
        List<Sample> all = new ArrayList<>(samples("xen", "write_rate", "MB/s", "8M", 10, 12, 9, 11, 13));
        all.addAll(samples("base", "write_rate", "MB/s", "8M", 11, 9, 12, 10, 13));

        assertEquals(Verdict.NO_SIGNIFICANT_DIFFERENCE,
                compare(all, List.of(), ComparisonSettings.defaults()).get(0).verdict());
    }

    @Test
    void medianViewUsesMannWhitneyAndTheRatioOfMedians() {
        Comparison c = single(new ComparisonSettings(0.95, 0.02, ComparisonSettings.View.MEDIANS));

        assertEquals(11.0 / 14.5, c.ratio(), 1e-15);
        assertEquals(c.mannWhitneyP(), c.p());
        assertTrue(Double.isNaN(c.ratioCiLow()), "no interval is claimed for a ratio of medians");
    }

    @Test
    void holmCorrectsAcrossTheCellsOfADevice() {
        // two cells of one device: Holm multiplies the smaller p by 2 (then keeps it monotone)
        List<Sample> all = new ArrayList<>(samples("xen", "write_rate", "MB/s", "8M", X));
        all.addAll(samples("base", "write_rate", "MB/s", "8M", Y));
        all.addAll(samples("xen", "write_rate", "MB/s", "32M", 10, 12, 9, 11, 13));
        all.addAll(samples("base", "write_rate", "MB/s", "32M", 11, 9, 12, 10, 13));
        List<Comparison> cs = compare(all, List.of(), ComparisonSettings.defaults());

        assertEquals(Math.min(1, 2 * cs.get(0).welchP()), cs.get(0).welchPHolm(), 1e-15);
        assertEquals(Math.max(cs.get(0).welchPHolm(), cs.get(1).welchP()), cs.get(1).welchPHolm(), 1e-15);
    }

    @Test
    void publishedMeansWithNAndSdAreTestedWithWelchFromSummaryStatistics() {
        // stats.ttest_ind_from_stats(100, 5, 10, 110, 8, 12, equal_var=False).pvalue = 0.0020698991786818393
        List<PublishedSummary> published = List.of(
                summary("xen", 100, OptionalInt.of(10), OptionalDouble.of(5)),
                summary("base", 110, OptionalInt.of(12), OptionalDouble.of(8)));
        Comparison c = compare(List.of(), published, ComparisonSettings.defaults()).get(0);

        assertEquals(0.0020698991786818393, c.welchP(), 1e-12);
        assertTrue(Double.isNaN(c.mannWhitneyP()), "ranks need the runs");
    }

    @Test
    void publishedMeansWithoutSpreadAreNotTestableButKeepTheirRatio() {
        List<PublishedSummary> published = List.of(summary("xen", 291, OptionalInt.empty(), OptionalDouble.empty()),
                summary("base", 897, OptionalInt.empty(), OptionalDouble.empty()));
        Comparison c = compare(List.of(), published, ComparisonSettings.defaults()).get(0);

        assertEquals(291.0 / 897, c.ratio(), 1e-15);
        assertEquals(Verdict.NOT_TESTABLE, c.verdict());
        assertTrue(Double.isNaN(c.ratioCiLow()) && Double.isNaN(c.welchP()), c.toString());
    }

    private static PublishedSummary summary(String env, double mean, OptionalInt n, OptionalDouble sd) {
        return new PublishedSummary(env, "Network", "ttcp", "bandwidth", "Mb/s", mean, n, sd, Map.of("mtu", "1500"),
                "test");
    }
}
