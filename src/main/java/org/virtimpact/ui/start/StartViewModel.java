package org.virtimpact.ui.start;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignTemplates;
import org.virtimpact.ui.Background;
import org.virtimpact.ui.Dialogs;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.start.RecentCampaigns.Recent;

/**
 * The start page: shown while no campaign is open, and on request (Start, Ctrl+N). Lists the
 * campaigns opened lately, creates a new one from a template in a folder the person names, and
 * opens a folder. Opening itself is the workbench's; this page only says which folder.
 */
public final class StartViewModel {

    /** A template offered on the page, by its {@link CampaignTemplates} name. */
    public record Template(String id, String title, String description, String folderName) {
    }

    private final ObservableList<Recent> recent = FXCollections.observableArrayList();
    private final ObservableList<Recent> recentView = FXCollections.unmodifiableObservableList(recent);
    private final BooleanProperty requested = new SimpleBooleanProperty(false);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanBinding shown;
    private final BooleanBinding campaignOpen;
    private final ObjectProperty<Template> template = new SimpleObjectProperty<>();
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty folderName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper createProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper("");
    private final List<Template> templates;

    private final CampaignTemplates campaignTemplates;
    private final RecentCampaigns recents;
    private final Background background;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Consumer<Path> opener;

    /**
     * @param campaign the workbench's open campaign; each one opened joins the recent list
     * @param opening  true while the workbench reads a campaign, when this page would only flash by
     * @param opener   opens a campaign folder in the workbench
     * @param location where new campaigns are offered to go at first, e.g. the home folder
     */
    public StartViewModel(CampaignTemplates campaignTemplates, RecentCampaigns recents,
                          ObservableValue<OpenCampaign> campaign, ObservableBooleanValue opening,
                          Background background, Dialogs dialogs, Texts texts, Consumer<Path> opener,
                          String location) {
        this.campaignTemplates = campaignTemplates;
        this.recents = recents;
        this.background = background;
        this.dialogs = dialogs;
        this.texts = texts;
        this.opener = opener;
        this.templates = List.of(template(CampaignTemplates.XEN_2008, "xen-2008-study"),
                template(CampaignTemplates.QUICKSTART, "quickstart"));
        campaignOpen = Bindings.createBooleanBinding(() -> campaign.getValue() != null, campaign);
        shown = requested.or(ready.and(campaignOpen.not()).and(Bindings.not(opening)));
        campaign.addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.dir().equals(now.dir()))) {
                opened(now);
            }
        });
        template.addListener((obs, old, now) -> {
            // the folder name follows the template, unless the person typed one of their own
            boolean untouched = folderName.get().isBlank() || old != null && folderName.get().equals(old.folderName());
            if (now != null && untouched) {
                folderName.set(now.folderName());
            }
        });
        this.location.addListener(o -> check());
        folderName.addListener(o -> check());
        template.set(templates.get(0));
        this.location.set(location);
        check();
    }

    public ObservableList<Recent> recent() {
        return recentView;
    }

    public List<Template> templates() {
        return templates;
    }

    /** Whether the page covers the workbench: on request, or while no campaign is open. */
    public BooleanBinding shownBinding() {
        return shown;
    }

    /** Whether there is a campaign to go back to from this page. */
    public BooleanBinding campaignOpenBinding() {
        return campaignOpen;
    }

    public ObjectProperty<Template> templateProperty() {
        return template;
    }

    /** The folder the new campaign's folder is created in, as typed or chosen with Browse…. */
    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty folderNameProperty() {
        return folderName;
    }

    /** Where the new campaign would go, shown before it is created. */
    public ReadOnlyStringProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Why Create can't go ahead; empty when it can. */
    public ReadOnlyStringProperty createProblemProperty() {
        return createProblem.getReadOnlyProperty();
    }

    /** Reads the recent list; called once at start, off the FX thread. */
    public void load() {
        background.submit(recents::load, recent::setAll, e -> recent.clear());
    }

    /** Start has looked for a campaign to open: from now on, no campaign means this page. */
    public void ready() {
        ready.set(true);
    }

    public void show() {
        requested.set(true);
    }

    public void hide() {
        requested.set(false);
    }

    public void open(Path dir) {
        opener.accept(dir);
    }

    public void forget(Recent gone) {
        background.submit(() -> recents.forget(gone.dir()), recent::setAll,
                e -> dialogs.error(texts.get("start.recent.failed"), texts.get("start.recent.failed.details",
                        RecentCampaigns.defaultFile(), texts.explain(e))));
    }

    /** Writes the template into the new folder, then opens it; nothing is written when the folder is in use. */
    public void create() {
        Optional<Path> dir = check();
        Template chosen = template.get();
        if (dir.isEmpty() || chosen == null) {
            return;
        }
        background.submit(() -> campaignTemplates.create(dir.get(), chosen.id()), created -> opener.accept(dir.get()),
                e -> dialogs.error(texts.get("start.create.failed", dir.get()), e instanceof CampaignException
                        ? texts.explain(e) : texts.get("start.create.failed.details", texts.explain(e))));
    }

    private void opened(OpenCampaign now) {
        requested.set(false);
        background.submit(() -> recents.remember(now.dir(), now.campaign().name()), recent::setAll,
                e -> dialogs.error(texts.get("start.recent.failed"), texts.get("start.recent.failed.details",
                        RecentCampaigns.defaultFile(), texts.explain(e))));
    }

    private Optional<Path> check() {
        String where = location.get() == null ? "" : location.get().strip();
        String name = folderName.get() == null ? "" : folderName.get().strip();
        Optional<Path> dir = Optional.empty();
        String problem = "";
        if (where.isEmpty()) {
            problem = texts.get("start.location.missing");
        } else if (name.isEmpty()) {
            problem = texts.get("start.name.missing");
        } else if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            problem = texts.get("start.name.invalid", name);
        } else {
            try {
                dir = Optional.of(Path.of(where).resolve(name).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                problem = texts.get("start.location.invalid", where);
            }
        }
        createProblem.set(problem);
        target.set(dir.map(Path::toString).orElse(""));
        return dir;
    }

    private Template template(String id, String folder) {
        return new Template(id, texts.get("start.template." + id), texts.get("start.template." + id + ".about"),
                folder);
    }
}
