package org.virtimpact.core.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.report.QualityWarning.Kind;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.CellValues;
import org.virtimpact.core.stats.MetricDirections;
import org.virtimpact.core.stats.Summary;

/** Finds the reasons to doubt numbers that the issue lists; each warning says what to do. */
final class QualityChecks {

    private static final Pattern LOOPBACK = Pattern.compile(
            "(127(\\.\\d{1,3}){3}|localhost(\\.localdomain)?|ip6-localhost|::1|\\[::1])(:\\d+)?", Pattern.CASE_INSENSITIVE);

    private final QualityThresholds limits;
    private final MetricDirections directions;

    QualityChecks(QualityThresholds limits, MetricDirections directions) {
        this.limits = limits;
        this.directions = directions;
    }

    List<QualityWarning> cells(Map<CellKey, Summary> summaries, Map<CellKey, CellValues> values) {
        List<QualityWarning> out = new ArrayList<>();
        Set<String> assumed = new LinkedHashSet<>();
        summaries.forEach((k, s) -> {
            if (s.isPublished() && s.n() == 0) {
                out.add(warn(Kind.UNKNOWN_RUN_COUNT, k, "published mean without the number of runs: no spread,"
                        + " interval or test can be computed"));
            } else if (s.n() < limits.minRuns()) {
                out.add(warn(Kind.FEW_RUNS, k, "only " + s.n() + " run(s); " + limits.minRuns()
                        + " or more make the interval and tests trustworthy"));
            }
            if (s.cv() > limits.maxCv()) {
                out.add(warn(Kind.HIGH_CV, k, String.format(Locale.ROOT, "CV %.1f %% is above %.0f %%: runs vary a lot;"
                        + " look for interference or use more runs", s.cv() * 100, limits.maxCv() * 100)));
            }
            if (directions.of(k.benchmark(), k.metric(), k.unit()).assumed() && assumed.add(k.benchmark() + "/"
                    + k.metric())) {
                out.add(warn(Kind.ASSUMED_DIRECTION, k, "unit '" + k.unit() + "' does not say whether higher is"
                        + " better; higher was assumed"));
            }
            if (values.get(k).publishedIgnored()) {
                out.add(warn(Kind.PUBLISHED_IGNORED, k, "has both runs and a published summary; the runs are used"));
            }
        });
        timerAndCache(summaries, out);
        return out;
    }

    private void timerAndCache(Map<CellKey, Summary> summaries, List<QualityWarning> out) {
        summaries.forEach((k, s) -> {
            OptionalDouble seconds = MetricDirections.secondsPer(k.unit());
            if (seconds.isPresent() && s.mean() * seconds.getAsDouble() < limits.timerSeconds()) {
                summaries.keySet().stream().filter(o -> sameRuns(o, k)).forEach(o -> out.add(warn(Kind.TIMER_RESOLUTION,
                        o, String.format(Locale.ROOT, "runs took %.3g s on average (%s), near timer resolution; use a"
                                + " larger size", s.mean() * seconds.getAsDouble(), k.metric()))));
            }
            OptionalDouble bytes = MetricDirections.bytesPerSecond(k.unit());
            boolean diskRead = Device.fromText(k.device()) == Device.DISK && k.metric().contains("read");
            if (diskRead && bytes.isPresent()) {
                double rate = s.mean() * bytes.getAsDouble();
                CellKey write = new CellKey(k.environment(), k.device(), k.benchmark(),
                        k.metric().replace("read", "write"), k.unit(), k.axes());
                Summary w = summaries.get(write);
                if (rate > limits.maxReadBytesPerSecond() || (w != null && s.mean() > limits.readOverWrite() * w.mean())) {
                    out.add(warn(Kind.PAGE_CACHE, k, String.format(Locale.ROOT, "reads at %.0f MB/s%s: probably served"
                            + " from the page cache; drop caches or read a file larger than memory", rate / 1e6,
                            w == null ? "" : String.format(Locale.ROOT, ", %.1f× the write rate", s.mean() / w.mean()))));
                }
            }
        });
    }

    List<QualityWarning> environments(Campaign campaign, Set<CellKey> cells, String baseline,
                                      Map<String, Map<String, String>> facts, List<String> environments) {
        List<QualityWarning> out = new ArrayList<>();
        for (Environment env : campaign.environments()) {
            if (LOOPBACK.matcher(env.peer().strip()).matches()) {
                cells.stream().filter(k -> k.environment().equals(env.name())
                        && Device.fromText(k.device()) == Device.NETWORK).forEach(k -> out.add(warn(Kind.LOOPBACK_PEER,
                        k, "the peer " + env.peer() + " is a loopback address: this measures the loopback"
                                + " interface, not the virtual network")));
            }
        }
        Map<String, String> base = facts.getOrDefault(baseline, Map.of());
        HostComparison comparison = new HostComparison(limits.memoryTolerance());
        for (String env : environments) {
            Map<String, String> mine = facts.getOrDefault(env, Map.of());
            if (env.equals(baseline) || mine.isEmpty() || base.isEmpty()) {
                continue;
            }
            for (HostComparison.Difference d : comparison.differences(mine, base)) {
                out.add(d.shape() ? new QualityWarning(Kind.DIFFERENT_VMS, env, "", "", "", d.fact() + " differs from "
                        + baseline + " (" + d.value() + " vs " + d.baselineValue() + "): not identical VMs, so the"
                        + " difference is not only the virtualization mode")
                        : new QualityWarning(Kind.DIFFERENT_VERSIONS, env, "", "", "", d.fact() + " differs from "
                        + baseline + " ('" + d.value() + "' vs '" + d.baselineValue() + "')"));
            }
        }
        return out;
    }

    private static boolean sameRuns(CellKey a, CellKey b) {
        return a.environment().equals(b.environment()) && a.benchmark().equals(b.benchmark())
                && a.axes().equals(b.axes());
    }

    private static QualityWarning warn(Kind kind, CellKey k, String message) {
        return new QualityWarning(kind, k.environment(), k.device(), k.category(), k.metric(), message);
    }
}
