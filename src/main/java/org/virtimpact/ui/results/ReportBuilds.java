package org.virtimpact.ui.results;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.OpenCampaign;

/**
 * Rebuilds the report of the open campaign off the FX thread, one build at a time: samples arriving
 * meanwhile are taken by the next, so a fast run queues one rebuild, not one per sample. Every
 * snapshot is numbered, and a report older than the one last shown is dropped, so a slow early
 * build can't overwrite a later one.
 */
final class ReportBuilds {

    private final SampleStore store;
    private final ResultsReport reports;
    private final Background background;
    private final Consumer<ResultsReport.Built> show;
    private final Consumer<Exception> failed;
    /** What the next report is of: set on the FX thread, read by whichever thread asks for a report. */
    private volatile Request requested;
    private final AtomicBoolean building = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private long shown;

    private record Request(OpenCampaign campaign, ReportSettings settings) {
    }

    /**
     * @param show   gets each report newer than the last one shown, on the FX thread
     * @param failed gets why a report could not be built, on the FX thread
     */
    ReportBuilds(SampleStore store, ResultsReport reports, Background background,
                 Consumer<ResultsReport.Built> show, Consumer<Exception> failed) {
        this.store = store;
        this.reports = reports;
        this.background = background;
        this.show = show;
        this.failed = failed;
    }

    /** Reports still in flight belong to the previous campaign: they are dropped when they land. */
    void dropInFlight() {
        shown = store.latest();
    }

    /** The next report is of {@code campaign}, compared as {@code settings} say. Call on the FX thread. */
    void request(OpenCampaign campaign, ReportSettings settings) {
        requested = new Request(campaign, settings);
    }

    /** The next report is of the campaign as saved, still compared as last requested. */
    void saved(OpenCampaign campaign) {
        requested = new Request(campaign, requested.settings());
    }

    /**
     * Builds a report of the samples as they are now, or has the build under way followed by one.
     * May run on the runner's thread: it reads only {@link #requested}, never a property.
     */
    void refresh() {
        Request now = requested;
        if (now == null) {
            return;
        }
        if (!building.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        SampleStore.Numbered numbered = store.snapshot(now.campaign().campaign(), Optional.of(now.campaign().dir()),
                now.settings());
        background.submit(() -> reports.build(numbered.snapshot()), built -> {
            landed(numbered.number(), built);
            done();
        }, e -> {
            failed.accept(e);
            done();
        });
    }

    private void landed(long generation, ResultsReport.Built built) {
        if (generation <= shown) {
            return;
        }
        shown = generation;
        show.accept(built);
    }

    private void done() {
        building.set(false);
        if (again.getAndSet(false)) {
            refresh();
        }
    }
}
