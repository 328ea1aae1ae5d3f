package org.virtimpact.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.report.ReportBuilder;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.core.results.CsvResults;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.text.Words;

/**
 * A small Xen study: PV and HVM guests measured with dd and membw, five runs a cell, and a
 * native host listed first in the campaign but without results, so palette indices are the
 * campaign's, not the chart's.
 */
public final class ExportFixtures {

    public static final String PV = "Xen PV";
    public static final String HVM = "Xen_HVM guest";
    public static final Instant MEASURED = Instant.parse("2025-03-14T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
    static final BenchmarkCatalog CATALOG = BenchmarkCatalog.standard();

    private ExportFixtures() {
    }

    public static Campaign campaign() {
        return new Campaign("Xen PV vs HVM & friends", "Disk and memory under two Xen modes.", List.of(
                new Environment("native host", "native", "dom0", Target.local(), "/tmp", ""),
                new Environment(PV, "Xen PV", "dom0", Target.local(), "/tmp", ""),
                new Environment(HVM, "Xen HVM", "dom0", Target.local(), "/tmp", "")),
                List.of(new BenchmarkSpec("dd", Map.of("size", List.of("8M", "32M")), Map.of()),
                        new BenchmarkSpec("membw", Map.of("array", List.of("64M")), Map.of())),
                new Settings(5, 60));
    }

    public static List<Sample> samples() {
        List<Sample> out = new ArrayList<>();
        double[] wobble = {-2, 1, 0, 2, -1};
        for (int r = 0; r < 5; r++) {
            for (String size : List.of("8M", "32M")) {
                double base = size.equals("8M") ? 100 : 150;
                out.add(sample(PV, "Disk", "dd", "write_rate", base + 20 + wobble[r], "MB/s", r, Map.of("size", size)));
                out.add(sample(HVM, "Disk", "dd", "write_rate", base + wobble[r] * 3, "MB/s", r, Map.of("size", size)));
                out.add(sample(PV, "Disk", "dd", "read_rate", base * 4 + wobble[r], "MB/s", r, Map.of("size", size)));
            }
            out.add(sample(PV, "Memory", "membw", "copy", 9000 + wobble[r] * 10, "MB/s", r, Map.of("array", "64M")));
            out.add(sample(HVM, "Memory", "membw", "copy", 8800 + wobble[r] * 10, "MB/s", r, Map.of("array", "64M")));
        }
        return out;
    }

    private static Sample sample(String env, String device, String bench, String metric, double value, String unit,
                                 int rep, Map<String, String> axes) {
        Map<String, String> ordered = new LinkedHashMap<>(axes);
        return new Sample(env + "." + bench + "." + axes.values() + ".r" + rep, MEASURED.plusSeconds(rep * 60L), env,
                device, bench, metric, value, unit, rep + 1, Sample.OK, ordered);
    }

    public static Map<String, Map<String, String>> facts() {
        return Map.of(PV, Map.of("dd", "dd (coreutils) 9.1", "compiler", "gcc 12.2.0"),
                HVM, Map.of("dd", "dd (coreutils) 8.32", "compiler", "gcc 12.2.0"));
    }

    public static Report report() throws Exception {
        return new ReportBuilder(CATALOG).build(campaign(), new ResultSet(samples(), List.of()), facts(), List.of(),
                ReportSettings.defaults());
    }

    public static Study study(ChartSelection selection) throws Exception {
        return study(selection, FigureNotes.none());
    }

    public static Study study(ChartSelection selection, FigureNotes notes) throws Exception {
        return study(selection, notes, Words.english());
    }

    public static Study study(ChartSelection selection, FigureNotes notes, Words words) throws Exception {
        return new StudyBuilder(CATALOG, notes, words).build(campaign(), new ResultSet(samples(), List.of()), report(),
                facts(), selection, TODAY);
    }

    /** The study as a campaign folder on disk, as {@code virtimpact run} would leave it. */
    public static void writeFolder(Path dir) throws Exception {
        new CampaignStore().save(dir, campaign());
        new CsvResults().append(dir.resolve("results.csv"), samples());
        Files.createDirectories(dir.resolve("hosts"));
        for (String env : List.of(PV, HVM)) {
            StringBuilder json = new StringBuilder("{\"environment\": \"" + env + "\", \"facts\": {");
            facts().get(env).forEach((k, v) -> json.append('"').append(k).append("\": \"").append(v).append("\","));
            json.setLength(json.length() - 1);
            json.append("}}\n");
            Files.writeString(dir.resolve("hosts").resolve(env.replace(' ', '-') + ".json"), json,
                    StandardCharsets.UTF_8);
        }
    }
}
