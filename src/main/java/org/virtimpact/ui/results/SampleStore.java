package org.virtimpact.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.core.results.PublishedSummary;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.core.stats.CellKey;
import org.virtimpact.core.text.Message;

/**
 * The results of the open campaign as they grow during a run. The runner adds samples on its
 * thread, reports are built on workers and the FX thread reads cells, so every access holds the
 * lock and hands out copies.
 */
final class SampleStore {

    private final Object lock = new Object();
    private final List<Sample> samples = new ArrayList<>();
    private List<PublishedSummary> published = List.of();
    private List<Message> loadWarnings = List.of();
    private long submitted;

    void replace(ResultSet results) {
        synchronized (lock) {
            samples.clear();
            samples.addAll(results.samples());
            published = results.published();
            loadWarnings = results.warningMessages();
        }
    }

    void add(List<Sample> batch) {
        synchronized (lock) {
            samples.addAll(batch);
        }
    }

    /** The number of the newest snapshot handed out: reports of older ones are not shown. */
    long latest() {
        synchronized (lock) {
            return submitted;
        }
    }

    /** A numbered copy of everything, for a report. */
    Numbered snapshot(Campaign campaign, Optional<Path> dir, ReportSettings settings) {
        synchronized (lock) {
            return new Numbered(++submitted, new ResultsReport.Snapshot(campaign, dir, List.copyOf(samples),
                    loadWarnings, published, settings));
        }
    }

    record Numbered(long number, ResultsReport.Snapshot snapshot) {
    }

    /** The runs (failed ones too) and published summary of one cell. */
    CellRuns runsOf(CellKey key) {
        List<Sample> found = new ArrayList<>();
        List<PublishedSummary> summaries;
        synchronized (lock) {
            for (Sample s : samples) {
                if (s.environment().equals(key.environment()) && s.device().equals(key.device())
                        && s.benchmark().equals(key.benchmark()) && s.metric().equals(key.metric())
                        && s.axes().equals(key.axes())) {
                    found.add(s);
                }
            }
            summaries = published;
        }
        return new CellRuns(found, summaries.stream().filter(p -> p.environment().equals(key.environment())
                && p.device().equals(key.device()) && p.benchmark().equals(key.benchmark())
                && p.metric().equals(key.metric()) && p.axes().equals(key.axes())).findFirst());
    }
}
