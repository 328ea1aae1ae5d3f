package org.virtimpact.core.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.campaign.Conclusion;
import org.virtimpact.core.report.ImpactRow.Ahead;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.stats.CellValues;
import org.virtimpact.core.stats.Comparison;
import org.virtimpact.core.stats.ComparisonSettings;
import org.virtimpact.core.stats.Verdict;

/** Builds the impact table from the cells' verdicts; see {@link ImpactLevel} for the rules. */
final class ImpactTables {

    private final SentenceDrafter drafter = new SentenceDrafter();

    ImpactTable build(String baseline, List<String> environments, List<Comparison> comparisons,
                      Map<CellKey, CellValues> cells, ComparisonSettings settings, List<Conclusion> conclusions) {
        Map<String, Map<String, List<Comparison>>> byEnvAndDevice = new LinkedHashMap<>();
        environments.forEach(env -> byEnvAndDevice.put(env, new java.util.TreeMap<>(Comparator
                .comparingInt((String d) -> Device.fromText(d).ordinal()).thenComparing(d -> d))));
        for (Comparison c : comparisons) {
            byEnvAndDevice.get(c.cell().environment()).computeIfAbsent(c.cell().device(), d -> new ArrayList<>()).add(c);
        }
        List<ImpactRow> rows = new ArrayList<>();
        byEnvAndDevice.forEach((env, devices) -> devices.forEach((device, family) -> {
            ImpactRow row = row(device, env, baseline, family, settings.threshold(),
                    fingerprint(device, env, baseline, cells), conclusions);
            rows.add(new ImpactRow(row.device(), row.environment(), row.baseline(), row.level(), row.ahead(),
                    row.aheadName(), row.cells(), row.tested(), row.better(), row.worse(),
                    row.largestDifferencePercent(), row.thresholdPercent(), drafter.english(row),
                    drafter.portuguese(row), row.fingerprint(), row.edits()));
        }));
        return new ImpactTable(baseline, rows);
    }

    private static ImpactRow row(String device, String env, String baseline, List<Comparison> family,
                                 double threshold, String fingerprint, List<Conclusion> conclusions) {
        List<Comparison> tested = family.stream().filter(c -> c.verdict() != Verdict.NOT_TESTABLE).toList();
        List<Comparison> significant = tested.stream().filter(c -> c.verdict().significantDifference()).toList();
        List<Comparison> small = tested.stream().filter(c -> c.verdict() == Verdict.BELOW_THRESHOLD).toList();
        ImpactLevel level;
        List<Comparison> deciding;
        if (tested.isEmpty()) {
            level = ImpactLevel.UNTESTED;
            deciding = family.stream().filter(c -> Math.abs(c.ratio() - 1) >= threshold).toList();
        } else if (!significant.isEmpty()) {
            level = ImpactLevel.SIGNIFICANT;
            deciding = significant;
        } else {
            level = small.isEmpty() ? ImpactLevel.NONE : ImpactLevel.SMALL;
            deciding = small;
        }
        int better = (int) deciding.stream().filter(Comparison::better).count();
        int worse = deciding.size() - better;
        Ahead ahead = better > worse ? Ahead.ENVIRONMENT : worse > better ? Ahead.BASELINE
                : deciding.isEmpty() ? Ahead.NEITHER : Ahead.MIXED;
        String aheadName = ahead == Ahead.ENVIRONMENT ? env : ahead == Ahead.BASELINE ? baseline : "";
        double largest = deciding.stream().mapToDouble(c -> Math.abs(c.percentDifference())).max().orElse(Double.NaN);
        List<Conclusion> edits = conclusions.stream().filter(c -> c.device().equals(device)
                && c.environment().equals(env) && c.baseline().equals(baseline)).toList();
        return new ImpactRow(device, env, baseline, level, ahead, aheadName, family.size(), tested.size(), better,
                worse, largest, threshold * 100, "", "", fingerprint, edits);
    }

    /**
     * SHA-256 over every value under the row (both environments' cells of the device, runs sorted,
     * published summaries as given), so adding, removing or changing any of them changes it.
     */
    static String fingerprint(String device, String env, String baseline, Map<CellKey, CellValues> cells) {
        List<String> lines = new ArrayList<>();
        cells.forEach((k, v) -> {
            if (k.device().equals(device) && (k.environment().equals(env) || k.environment().equals(baseline))) {
                double[] values = v.values();
                Arrays.sort(values);
                lines.add(k + "=" + Arrays.toString(values) + v.published().map(p -> "|" + p.mean() + "/" + p.n()
                        + "/" + p.sd()).orElse(""));
            }
        });
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> digest.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
