package org.virtimpact.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.report.HostFacts;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.report.ReportBuilder;
import org.virtimpact.core.report.ReportException;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Words;

/**
 * The study of a campaign folder, read the way {@code virtimpact report} reads it
 * ({@code campaign.json}, {@code results.csv}, {@code published.csv}, {@code hosts/}), so the
 * exported impact table is the report's. Used by {@code virtimpact export} and the workbench.
 */
public final class CampaignExports {

    private final CampaignStore store;
    private final ResultsFolder results;
    private final HostFacts hosts;
    private final ReportBuilder reports;
    private final StudyBuilder studies;
    private final Clock clock;

    public CampaignExports(CampaignStore store, ResultsFolder results, HostFacts hosts, ReportBuilder reports,
                           StudyBuilder studies, Clock clock) {
        this.store = store;
        this.results = results;
        this.hosts = hosts;
        this.reports = reports;
        this.studies = studies;
        this.clock = clock;
    }

    /** Figures carry the notes kept in each campaign (see {@link CampaignNotes}) and the generated description. */
    public CampaignExports(BenchmarkCatalog catalog, Clock clock) {
        this(catalog, clock, Words.english());
    }

    /** @param words the language of the figures' titles and axes: the workbench's, so they match its screen */
    public CampaignExports(BenchmarkCatalog catalog, Clock clock, Words words) {
        this(new CampaignStore(), new ResultsFolder(), new HostFacts(), new ReportBuilder(catalog),
                new StudyBuilder(catalog, FigureNotes.none(), words), clock);
    }

    /**
     * @param baseline the environment others are compared with; empty for the campaign's first
     * @throws ExportException when the folder is no campaign, its results can't be read, or it has none
     */
    public Study load(Path dir, Optional<String> baseline, ChartSelection charts) throws ExportException {
        try {
            Campaign campaign = store.load(dir);
            ResultSet data = results.load(dir);
            HostFacts.Loaded facts = hosts.load(dir.resolve("hosts"));
            List<String> warnings = new ArrayList<>(data.warnings());
            warnings.addAll(facts.problems());
            ReportSettings defaults = ReportSettings.defaults();
            Report report = reports.build(campaign, data, facts.facts(), warnings,
                    new ReportSettings(baseline, defaults.comparison(), defaults.quality()));
            return studies.build(campaign, data, report, facts.facts(), charts, LocalDate.now(clock));
        } catch (CampaignException | ResultsException | ReportException e) {
            throw new ExportException(Explained.messageOf(e), e);
        }
    }
}
