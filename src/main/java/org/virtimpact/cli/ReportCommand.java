package org.virtimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.virtimpact.core.campaign.Analysis;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.report.CampaignReports;
import org.virtimpact.core.report.QualityThresholds;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.report.ReportCsv;
import org.virtimpact.core.report.ReportException;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.core.report.ReportText;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.stats.ComparisonSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code virtimpact report DIR}: statistics per cell, each environment against a baseline, the
 * impact table and the data-quality warnings. Everything is computed before anything is printed.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Summarises the campaign in DIR and compares every environment with a baseline.",
            "The baseline defaults to the first environment of campaign.json that has results."})
final class ReportCommand implements Callable<Integer> {

    enum Format { text, csv, markdown }

    private final PrintWriter out;
    private final PrintWriter err;
    private final CampaignReports reports;

    @Parameters(index = "0", paramLabel = "DIR", description = "Campaign folder holding campaign.json.")
    private Path dir;

    @Option(names = "--baseline", paramLabel = "ENV", description = "Environment the others are compared with.")
    private String baseline;

    @Option(names = "--confidence", paramLabel = "LEVEL",
            description = "Confidence level of intervals and tests, between 0 and 1 (default: the level last chosen"
                    + " in the workbench, else 0.95).")
    private Double confidence;

    @Option(names = "--threshold", paramLabel = "FRACTION",
            description = "Smallest difference that matters in practice (default: the threshold last chosen in the"
                    + " workbench, else 0.02, i.e. 2 %%).")
    private Double threshold;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "means",
            description = "means (ratio of means, Welch t-test) or medians (Mann-Whitney U) decide the verdicts.")
    private String view;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or markdown (default ${DEFAULT-VALUE}).")
    private Format format;

    ReportCommand(PrintWriter out, PrintWriter err, CampaignReports reports) {
        this.out = out;
        this.err = err;
        this.reports = reports;
    }

    @Override
    public Integer call() {
        Report report;
        try {
            report = reports.load(dir, settings());
        } catch (BadInput | CampaignException | ResultsException | ReportException e) {
            err.println(e.getMessage());
            return VirtImpactCli.BAD_INPUT;
        }
        out.print(switch (format) {
            case csv -> new ReportCsv().format(report);
            case markdown -> new ReportText().format(report, ReportText.Style.MARKDOWN);
            case text -> new ReportText().format(report, ReportText.Style.TEXT);
        });
        out.flush();
        if (format == Format.csv) {
            report.loadWarnings().forEach(w -> err.println("Warning: " + w));
        }
        return VirtImpactCli.OK;
    }

    private ReportSettings settings() throws BadInput, CampaignException {
        // the workbench saves its choices in campaign.json, so the CLI shows the same comparison
        Analysis saved = new CampaignStore().load(dir).analysisOrDefaults();
        String base = baseline != null ? baseline : saved.baseline().isEmpty() ? null : saved.baseline();
        double level = confidence != null ? confidence : saved.confidence();
        double practical = threshold != null ? threshold : saved.threshold();
        ComparisonSettings.View v = switch (view) {
            case "means" -> ComparisonSettings.View.MEANS;
            case "medians" -> ComparisonSettings.View.MEDIANS;
            default -> throw new BadInput("--view must be means or medians, not '" + view + "'.");
        };
        try {
            return new ReportSettings(Optional.ofNullable(base), new ComparisonSettings(level, practical, v),
                    QualityThresholds.defaults());
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage().replace("confidence", "--confidence").replace("threshold", "--threshold")
                    + ".");
        }
    }
}
