package org.virtimpact.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.ResultsFolder;

/**
 * The report of a campaign folder: {@code campaign.json}, {@code results.csv},
 * {@code published.csv} and {@code hosts/}. What {@code virtimpact report} and the results view use.
 */
public final class CampaignReports {

    private final CampaignStore store;
    private final ResultsFolder results;
    private final HostFacts hosts;
    private final ReportBuilder builder;

    public CampaignReports(CampaignStore store, ResultsFolder results, HostFacts hosts, ReportBuilder builder) {
        this.store = store;
        this.results = results;
        this.hosts = hosts;
        this.builder = builder;
    }

    public CampaignReports(BenchmarkCatalog catalog) {
        this(new CampaignStore(), new ResultsFolder(), new HostFacts(), new ReportBuilder(catalog));
    }

    public Report load(Path dir, ReportSettings settings) throws CampaignException, ResultsException, ReportException {
        Campaign campaign = store.load(dir);
        ResultSet data = results.load(dir);
        HostFacts.Loaded facts = hosts.load(dir.resolve("hosts"));
        List<String> warnings = new ArrayList<>(data.warnings());
        warnings.addAll(facts.problems());
        return builder.build(campaign, data, facts.facts(), warnings, settings);
    }
}
