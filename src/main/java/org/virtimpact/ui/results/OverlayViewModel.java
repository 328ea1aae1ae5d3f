package org.virtimpact.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.report.HostFacts;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.report.ReportBuilder;
import org.virtimpact.core.report.ReportException;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.core.stats.ComparisonSettings;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Dialogs;
import org.virtimpact.ui.Texts;

/**
 * "Overlay another campaign": reads a second campaign folder (a published study, another run of
 * the same study) and compares its environments the way ours are compared, so its means can be
 * marked beside our bars and its verdicts set beside ours. Environments are matched by name
 * unless the person maps them; nothing is matched by guesswork.
 */
public final class OverlayViewModel {

    private final ReadOnlyObjectWrapper<Overlay> overlay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final CampaignStore store;
    private final ResultsFolder folder;
    private final HostFacts hosts;
    private final ReportBuilder reports;
    private final Background background;
    private final Dialogs dialogs;
    private final Texts texts;

    private Optional<Loaded> loaded = Optional.empty();
    private Map<String, String> mapping = Map.of();
    private String ourBaseline = "";
    private List<String> ourEnvironments = List.of();
    private ComparisonSettings settings = ComparisonSettings.defaults();
    private long generation;

    public OverlayViewModel(CampaignStore store, ResultsFolder folder, BenchmarkCatalog catalog, Background background,
                            Dialogs dialogs, Texts texts) {
        this.store = store;
        this.folder = folder;
        this.hosts = new HostFacts();
        this.reports = new ReportBuilder(catalog);
        this.background = background;
        this.dialogs = dialogs;
        this.texts = texts;
    }

    /** The campaign laid over ours; null when there is none. */
    public ReadOnlyObjectProperty<Overlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the other campaign's data is read into; reading the folder is the slow part. */
    private record Loaded(Path dir, Campaign campaign, ResultSet data, HostFacts.Loaded facts) {
    }

    public void load(Path dir) {
        busy.set(true);
        long mine = ++generation;
        background.submit(() -> read(dir), read -> {
            if (mine != generation) {
                return;
            }
            loaded = Optional.of(read);
            mapping = byName(ourEnvironments, environmentsOf(read));
            rebuild();
        }, e -> {
            busy.set(false);
            dialogs.error(texts.get("overlay.failed", dir), texts.get("overlay.failed.details", texts.explain(e)));
        });
    }

    /** Our side changed (another baseline, confidence or threshold): theirs is compared the same way. */
    public void compareWith(String baseline, ComparisonSettings newSettings, List<String> environments) {
        boolean changed = !baseline.equals(ourBaseline) || !newSettings.equals(settings)
                || !environments.equals(ourEnvironments);
        ourBaseline = baseline;
        settings = newSettings;
        ourEnvironments = List.copyOf(environments);
        if (changed && loaded.isPresent()) {
            rebuild();
        }
    }

    /** Which of theirs stands for each of ours, as the person chose it; ours not in it have none. */
    public void remap(Map<String, String> ourToTheirs) {
        Map<String, String> next = new LinkedHashMap<>();
        ourToTheirs.forEach((ours, theirs) -> {
            if (theirs != null && !theirs.isBlank()) {
                next.put(ours, theirs);
            }
        });
        mapping = next;
        if (loaded.isPresent()) {
            rebuild();
        }
    }

    public void clear() {
        generation++;
        loaded = Optional.empty();
        mapping = Map.of();
        busy.set(false);
        overlay.set(null);
    }

    private Loaded read(Path dir) throws Exception {
        Campaign campaign = store.load(dir);
        return new Loaded(dir, campaign, folder.load(dir), hosts.load(dir.resolve("hosts")));
    }

    private void rebuild() {
        Loaded source = loaded.orElseThrow();
        Map<String, String> chosen = mapping;
        String theirBaseline = chosen.get(ourBaseline);
        ComparisonSettings same = settings;
        long mine = ++generation;
        busy.set(true);
        background.submit(() -> compare(source, chosen, theirBaseline, same), built -> {
            if (mine == generation) {
                busy.set(false);
                overlay.set(built);
            }
        }, e -> {
            busy.set(false);
            dialogs.error(texts.get("overlay.failed", source.dir()), texts.get("overlay.failed.details",
                    texts.explain(e)));
        });
    }

    private Overlay compare(Loaded source, Map<String, String> chosen, String theirBaseline,
                            ComparisonSettings same) throws ReportException {
        List<String> warnings = new ArrayList<>(source.data().warnings());
        warnings.addAll(source.facts().problems());
        Report report;
        boolean mapped = theirBaseline != null;
        try {
            report = reports.build(source.campaign(), source.data(), source.facts().facts(), warnings,
                    new ReportSettings(Optional.ofNullable(theirBaseline), same, ReportSettings.defaults().quality()));
        } catch (ReportException e) {
            if (!mapped) {
                throw e;
            }
            // Our baseline's counterpart has no results there: their verdicts can't stand beside ours.
            mapped = false;
            report = reports.build(source.campaign(), source.data(), source.facts().facts(), warnings,
                    new ReportSettings(Optional.empty(), same, ReportSettings.defaults().quality()));
        }
        return new Overlay(source.campaign().name(), source.dir(), report.environments(), chosen, report, mapped);
    }

    private static List<String> environmentsOf(Loaded read) {
        List<String> names = new ArrayList<>();
        read.data().samples().forEach(s -> addOnce(names, s.environment()));
        read.data().published().forEach(p -> addOnce(names, p.environment()));
        return names;
    }

    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    /** Same name, or the same name but for case; anything looser would be a guess. */
    static Map<String, String> byName(List<String> ours, List<String> theirs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String env : ours) {
            theirs.stream().filter(t -> t.equals(env)).findFirst()
                    .or(() -> theirs.stream().filter(t -> t.toLowerCase(Locale.ROOT)
                            .equals(env.toLowerCase(Locale.ROOT))).findFirst())
                    .ifPresent(t -> out.put(env, t));
        }
        return out;
    }
}
