package org.virtimpact.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.CampaignTemplates;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.campaign.Drafts;

class StartViewModelTest {

    @TempDir
    Path dir;
    @TempDir
    Path config;

    private final CampaignStore store = new CampaignStore();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<OpenCampaign> campaign = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty opening = new SimpleBooleanProperty(false);
    private final List<Path> opened = new ArrayList<>();

    private StartViewModel vm(RecentCampaigns recents) {
        return new StartViewModel(new CampaignTemplates(store), recents, campaign, opening, new DirectBackground(),
                dialogs, Drafts.TEXTS, opened::add, "");
    }

    @Test
    void offersBothTemplatesTheStudyFirst() {
        StartViewModel vm = vm(new RecentCampaigns(Optional.empty()));
        assertEquals(List.of("Xen PV vs HVM, 2008 study", "Quickstart on this machine"),
                vm.templates().stream().map(StartViewModel.Template::title).toList());
        assertEquals("xen-2008-study", vm.folderNameProperty().get());
    }

    @Test
    void createsTheXenStudyIntoTheChosenFolderAndOpensIt() throws Exception {
        StartViewModel vm = vm(new RecentCampaigns(Optional.empty()));
        vm.locationProperty().set(dir.toString());
        assertEquals(dir.resolve("xen-2008-study").toString(), vm.targetProperty().get());
        assertEquals("", vm.createProblemProperty().get());

        vm.create();

        assertEquals(List.of(dir.resolve("xen-2008-study")), opened);
        assertEquals("Xen PV vs HVM (2008 study)", store.load(dir.resolve("xen-2008-study")).name());
        assertEquals(6, store.load(dir.resolve("xen-2008-study")).benchmarks().get(0).axes().get("size").size());
    }

    @Test
    void offersTheGivenLocationAtFirst() {
        StartViewModel vm = new StartViewModel(new CampaignTemplates(store), new RecentCampaigns(Optional.empty()),
                campaign, opening, new DirectBackground(), dialogs, Drafts.TEXTS, opened::add, dir.toString());
        assertEquals(dir.resolve("xen-2008-study").toString(), vm.targetProperty().get());
    }

    @Test
    void choosingTheQuickstartNamesItsFolder() {
        StartViewModel vm = vm(new RecentCampaigns(Optional.empty()));
        vm.templateProperty().set(vm.templates().get(1));
        assertEquals("quickstart", vm.folderNameProperty().get());
    }

    @Test
    void refusesAFolderInUseAndWritesNothing() throws Exception {
        Files.createDirectories(dir.resolve("used"));
        Files.writeString(dir.resolve("used/notes.txt"), "mine");
        StartViewModel vm = vm(new RecentCampaigns(Optional.empty()));
        vm.locationProperty().set(dir.toString());
        vm.folderNameProperty().set("used");

        vm.create();

        assertTrue(opened.isEmpty());
        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.shown().get(0).details().contains("not empty"), dialogs.shown().get(0).details());
        assertFalse(Files.exists(dir.resolve("used/campaign.json")));
    }

    @Test
    void saysWhatIsMissingBeforeCreating() {
        StartViewModel vm = vm(new RecentCampaigns(Optional.empty()));
        assertTrue(vm.createProblemProperty().get().contains("Choose where"));
        vm.locationProperty().set(dir.toString());
        vm.folderNameProperty().set("a/b");
        assertTrue(vm.createProblemProperty().get().contains("one folder name"));
        vm.create();
        assertTrue(opened.isEmpty());
    }

    @Test
    void remembersEachOpenedCampaignNewestFirstInTheConfigFolder() throws Exception {
        Path file = config.resolve("virtimpact/recent.json");
        StartViewModel vm = vm(new RecentCampaigns(Optional.of(file)));
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Drafts.xenStudy(a);
        Drafts.xenStudy(b);
        campaign.set(new OpenCampaign(a, store.load(a)));
        campaign.set(new OpenCampaign(b, store.load(b)));
        campaign.set(new OpenCampaign(a, store.load(a)));

        assertEquals(List.of(a, b), vm.recent().stream().map(RecentCampaigns.Recent::dir).toList());
        assertTrue(Files.readString(file).contains("Xen study"));
        StartViewModel later = vm(new RecentCampaigns(Optional.of(file)));
        later.load();
        assertEquals(List.of(a, b), later.recent().stream().map(RecentCampaigns.Recent::dir).toList());

        later.forget(later.recent().get(0));
        assertEquals(List.of(b), later.recent().stream().map(RecentCampaigns.Recent::dir).toList());
    }

    @Test
    void marksARecentCampaignWhoseFolderIsGone() throws Exception {
        Path file = config.resolve("recent.json");
        RecentCampaigns recents = new RecentCampaigns(Optional.of(file));
        recents.remember(dir.resolve("moved"), "Old study");
        assertFalse(recents.load().get(0).present());
    }

    @Test
    void isShownWhileNoCampaignIsOpenAndOnRequest() throws Exception {
        StartViewModel vm = vm(new RecentCampaigns(Optional.empty()));
        assertFalse(vm.shownBinding().get(), "not before start-up has looked for a campaign");
        vm.ready();
        assertTrue(vm.shownBinding().get());
        opening.set(true);
        assertFalse(vm.shownBinding().get(), "not while one is being read");
        opening.set(false);
        Drafts.xenStudy(dir);
        campaign.set(new OpenCampaign(dir, store.load(dir)));
        assertFalse(vm.shownBinding().get());
        vm.show();
        assertTrue(vm.shownBinding().get());
        vm.hide();
        assertFalse(vm.shownBinding().get());
    }
}
