package org.virtimpact.ui.targets;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.preflight.Preflight;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.run.ShellFactory;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Dialogs;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * "Test connection": the same preflight as {@code virtimpact check}, for one environment, off the
 * FX thread, its table shown as it came back. The shells it opens ask the person about unknown
 * host keys and key passphrases; the environment's fingerprint is recorded in hosts/ as a run would.
 */
public final class ConnectionTestViewModel {

    /** How the last test ended, for the summary's colour. */
    public enum Outcome { NONE, RUNNING, PASSED, WARNINGS, FAILED, CANCELLED }

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<CheckLine> lines = FXCollections.observableArrayList();
    private final ObservableList<CheckLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final ReadOnlyObjectWrapper<PreflightReport> report = new ReadOnlyObjectWrapper<>();

    private final Preflight preflight;
    private final ShellFactory shells;
    private final Background background;
    private final Dialogs dialogs;
    private final Texts texts;
    private CancellationToken token;

    /** @param shells opens the environment's shell, asking about host keys ({@link TrustingShells}) */
    public ConnectionTestViewModel(Preflight preflight, ShellFactory shells, Background background, Dialogs dialogs,
                                   Texts texts) {
        this.preflight = preflight;
        this.shells = shells;
        this.background = background;
        this.dialogs = dialogs;
        this.texts = texts;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObservableList<CheckLine> lines() {
        return linesView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The last finished report, for the fingerprints it read. */
    public ReadOnlyObjectProperty<PreflightReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** @param campaign a campaign that holds {@code env} as it is now (the draft) */
    public void test(OpenCampaign campaign, Environment env) {
        if (running.get()) {
            return;
        }
        CancellationToken mine = new CancellationToken();
        token = mine;
        running.set(true);
        outcome.set(Outcome.RUNNING);
        lines.clear();
        summary.set(texts.get("test.running", env.name(), texts.words().text(env.target().description())));
        background.submit(() -> preflight.check(campaign.dir(), campaign.campaign(), List.of(env), shells, mine),
                done -> finished(env, done), e -> failed(env, e));
    }

    public void cancel() {
        if (token != null) {
            token.cancel();
        }
    }

    /** Another environment was chosen: its last test is not this one's. */
    public void clear() {
        if (!running.get()) {
            lines.clear();
            summary.set("");
            outcome.set(Outcome.NONE);
        }
    }

    private void finished(Environment env, PreflightReport done) {
        running.set(false);
        token = null;
        lines.setAll(CheckLine.of(done, texts.words()));
        report.set(done);
        if (done.cancelled()) {
            outcome.set(Outcome.CANCELLED);
            summary.set(texts.get("test.cancelled", env.name()));
        } else if (!done.passed()) {
            outcome.set(Outcome.FAILED);
            summary.set(texts.get("test.failed", env.name(), done.failures()));
        } else if (done.warningRows() > 0) {
            outcome.set(Outcome.WARNINGS);
            summary.set(texts.get("test.warnings", env.name(), done.warningRows()));
        } else {
            outcome.set(Outcome.PASSED);
            summary.set(texts.get("test.passed", env.name()));
        }
    }

    private void failed(Environment env, Exception e) {
        running.set(false);
        token = null;
        outcome.set(Outcome.FAILED);
        summary.set(texts.get("test.crashed", env.name()));
        dialogs.error(texts.get("test.crashed", env.name()), texts.get("test.crashed.details",
                texts.explain(e)));
    }
}
