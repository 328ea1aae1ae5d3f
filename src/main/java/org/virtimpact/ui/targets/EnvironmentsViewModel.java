package org.virtimpact.ui.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.campaign.VirtualizationModes;
import org.virtimpact.core.preflight.FingerprintWarning;
import org.virtimpact.core.preflight.FingerprintWarnings;
import org.virtimpact.core.report.HostComparison;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.ListEdits;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.campaign.CampaignDraft;

/**
 * The environments editor: the table of environments with each guest's fingerprint, the form of
 * the chosen one, adding and removing, "Test connection", and the warning that compared guests
 * are not identical VMs or not in the mode declared. Edits go into the {@link CampaignDraft}.
 */
public final class EnvironmentsViewModel {

    /** One line of the table; {@code fingerprint} is empty for a guest never reached. */
    public record Item(String name, String mode, String connection, String group, String fingerprint,
                       String fingerprintDetails) {
    }

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<Item> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final CampaignDraft draft;
    private final EnvironmentForm form;
    private final ConnectionTestViewModel test;
    private final Texts texts;
    private final FingerprintWarnings fingerprintWarnings = new FingerprintWarnings(HostComparison.defaults());
    private final GuestFacts facts;

    public EnvironmentsViewModel(CampaignDraft draft, ConnectionTestViewModel test, Background background,
                                 Texts texts) {
        this.draft = draft;
        this.test = test;
        this.texts = texts;
        this.form = new EnvironmentForm(texts);
        this.facts = new GuestFacts(background);
        draft.draftProperty().addListener((obs, old, now) -> show(now));
        selected.addListener((obs, old, index) -> {
            problem.set("");
            test.clear();
            loadForm();
        });
        form.problemProperty().addListener((obs, old, now) -> problem.set(now));
        test.reportProperty().addListener((obs, old, report) -> {
            if (report != null) {
                facts.add(report);
                show(draft.draftProperty().get());
            }
        });
        show(draft.draftProperty().get());
    }

    public ObservableList<Item> items() {
        return itemsView;
    }

    /** One sentence per doubt the fingerprints raise about the comparison; empty when none. */
    public ObservableList<String> warnings() {
        return warningsView;
    }

    /** The row being edited in the form; -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public EnvironmentForm form() {
        return form;
    }

    public ConnectionTestViewModel test() {
        return test;
    }

    /** Why the form's values were refused; empty when they make a good environment. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Adds "guest N" on this machine, which the person then points at their guest. */
    public void add() {
        Optional<OpenCampaign> open = draft.current();
        if (open.isEmpty()) {
            return;
        }
        List<Environment> envs = open.get().campaign().environments();
        String name = "";
        for (int n = envs.size() + 1; name.isEmpty() || open.get().campaign().environment(name).isPresent(); n++) {
            name = texts.get("environments.newName", n);
        }
        Environment added = new Environment(name, VirtualizationModes.NATIVE, "", Target.local(), "", "");
        edit(texts.get("environments.undo.add", name), c -> c.withEnvironments(with(c.environments(), added)));
        selected.set(items.size() - 1);
    }

    public void remove() {
        Optional<Environment> env = selectedEnvironment();
        if (env.isEmpty()) {
            return;
        }
        int index = selected.get();
        edit(texts.get("environments.undo.remove", env.get().name()), c -> {
            List<Environment> envs = new ArrayList<>(c.environments());
            envs.remove(index);
            return c.withEnvironments(envs);
        });
        selected.set(Math.min(index, items.size() - 1));
    }

    /**
     * Takes the form's values into the draft (on Enter or when a field is left). Refused values
     * stay in the form with the reason.
     *
     * @return true when the draft now holds what the form shows
     */
    public boolean commit() {
        Optional<Environment> before = selectedEnvironment();
        if (before.isEmpty() || form.loading()) {
            return false;
        }
        EnvironmentForm.Built built = form.build();
        if (built.environment().isEmpty()) {
            problem.set(built.problem());
            return false;
        }
        Environment after = built.environment().get();
        if (after.equals(before.get())) {
            return true;
        }
        int index = selected.get();
        Optional<String> refused = draft.apply(texts.get("environments.undo.edit", before.get().name()), c -> {
            List<Environment> envs = new ArrayList<>(c.environments());
            envs.set(index, after);
            return c.withEnvironments(envs);
        });
        refused.ifPresent(problem::set);
        return refused.isEmpty();
    }

    /** Tests the chosen environment as the form shows it, so what is tested is what will be saved. */
    public void testSelected() {
        if (!commit()) {
            return;
        }
        Optional<OpenCampaign> open = draft.current();
        selectedEnvironment().ifPresent(env -> open.ifPresent(o -> test.test(o, env)));
    }

    private Optional<Environment> selectedEnvironment() {
        int index = selected.get();
        return draft.current().map(o -> o.campaign().environments())
                .filter(envs -> index >= 0 && index < envs.size()).map(envs -> envs.get(index));
    }

    private void edit(String label, UnaryOperator<Campaign> change) {
        draft.apply(label, change).ifPresent(problem::set);
    }

    private static List<Environment> with(List<Environment> envs, Environment added) {
        List<Environment> all = new ArrayList<>(envs);
        all.add(added);
        return all;
    }

    private void show(OpenCampaign open) {
        if (open == null) {
            items.clear();
            warnings.clear();
            selected.set(-1);
            return;
        }
        facts.load(open.dir(), () -> show(draft.draftProperty().get()));
        List<Environment> envs = open.campaign().environments();
        List<Item> shown = envs.stream().map(e -> new Item(e.name(), e.mode(),
                texts.words().text(e.target().description()), e.group(), FingerprintText.summary(facts.of(e.name()), texts),
                FingerprintText.details(facts.of(e.name())))).toList();
        // a run saves the campaign as it starts: equal items must not rebuild the table
        ListEdits.replace(items, shown);
        List<String> said = fingerprintWarnings.of(open.campaign(), facts.known(open.campaign())).stream()
                .map(this::sentence).toList();
        ListEdits.replace(warnings, said);
        if (selected.get() >= envs.size() || (selected.get() < 0 && !envs.isEmpty())) {
            selected.set(envs.isEmpty() ? -1 : 0);
        } else {
            loadForm();
        }
    }

    private String sentence(FingerprintWarning w) {
        return w.environment() + ": " + texts.words().text(w.text());
    }

    /** Only when the draft's environment differs from the form's, so typing is never overwritten. */
    private void loadForm() {
        Optional<Environment> env = selectedEnvironment();
        if (env.isPresent() && !form.build().environment().equals(env)) {
            form.load(env.get());
        }
    }

    /** A run or a check elsewhere has written hosts/ again: read it anew. */
    public void reloadFacts() {
        facts.forget();
        draft.current().ifPresent(this::show);
    }

}
