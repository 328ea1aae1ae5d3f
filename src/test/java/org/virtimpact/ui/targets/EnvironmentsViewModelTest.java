package org.virtimpact.ui.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.preflight.Preflight;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.campaign.CampaignDraft;
import org.virtimpact.ui.campaign.Drafts;
import org.virtimpact.ui.targets.EnvironmentForm.Connection;

class EnvironmentsViewModelTest {

    @TempDir
    Path dir;

    private final CampaignStore store = new CampaignStore();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CampaignDraft draft = Drafts.savingTo(store, dialogs);
    private final DirectBackground background = new DirectBackground();
    private final EnvironmentsViewModel vm = new EnvironmentsViewModel(draft, new ConnectionTestViewModel(
            new Preflight(BenchmarkCatalog.standard(), Clock.systemUTC()), env -> new LocalShell(), background,
            dialogs, Drafts.TEXTS), background, Drafts.TEXTS);

    @BeforeEach
    void open() throws Exception {
        draft.load(dir, Drafts.xenStudy(dir));
    }

    private List<Environment> environments() {
        return draft.draftProperty().get().campaign().environments();
    }

    @Test
    void listsEnvironmentsWithTheirConnection() {
        assertEquals(List.of("Xen PV", "Xen HVM"), vm.items().stream().map(EnvironmentsViewModel.Item::name).toList());
        assertEquals("alice@pv.lab:2222", vm.items().get(0).connection());
        assertEquals("", vm.items().get(0).fingerprint(), "never reached yet");
    }

    @Test
    void aSaveThatLeavesTheEnvironmentsAloneLeavesTheTableAlone() {
        List<String> changes = new ArrayList<>();
        vm.items().addListener((ListChangeListener<EnvironmentsViewModel.Item>) c -> changes.add(c.toString()));
        OpenCampaign open = draft.draftProperty().get();

        draft.saved(new OpenCampaign(dir, open.campaign().withAnnotations(
                List.of(new Annotation("Disk", "dd", "write_mbps", "size=8M", "a note")))));

        assertEquals(List.of(), changes, "a table given equal items anew would build all its cells again");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTableFollowsTheEnvironmentsOnlyWhileItsTabIsInFront() throws Exception {
        FxToolkit.registerPrimaryStage();
        SimpleBooleanProperty inFront = new SimpleBooleanProperty(false);
        TableView<EnvironmentsViewModel.Item> table = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            EnvironmentsView view = new EnvironmentsView(vm, Drafts.TEXTS);
            view.showWhile(inFront);
            // skins, and so the table inside the split pane, come with a scene's first CSS pass
            new Scene(view.root());
            view.root().applyCss();
            return (TableView<EnvironmentsViewModel.Item>) view.root().lookup("#table");
        }));
        List<EnvironmentsViewModel.Item> before = List.copyOf(table.getItems());
        assertEquals(vm.items(), before);

        vm.add();

        assertEquals(3, vm.items().size());
        assertEquals(before, table.getItems(), "a hidden tab's table is not filled anew");
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> inFront.set(true)));
        assertEquals(vm.items(), table.getItems(), "it catches up when its tab comes to the front");
        assertEquals(vm.selectedProperty().get(), (int) WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> table.getSelectionModel().getSelectedIndex())), "and selects the environment being edited");
    }

    @Test
    void theFormShowsTheChosenEnvironment() {
        vm.selectedProperty().set(0);
        EnvironmentForm form = vm.form();
        assertEquals("Xen PV", form.nameProperty().get());
        assertEquals(Connection.SSH, form.connectionProperty().get());
        assertEquals("pv.lab", form.hostProperty().get());
        assertEquals("2222", form.portProperty().get());
        assertEquals("/scratch", form.scratchDirProperty().get());
    }

    @Test
    void anEditIsTakenInOnCommitAndUndone() {
        vm.selectedProperty().set(1);
        vm.form().hostProperty().set("hvm2.lab");
        vm.form().modeProperty().set("xen-hvm");
        assertTrue(vm.commit());
        assertEquals("hvm2.lab", environments().get(1).target().host());
        assertEquals("Xen HVM", environments().get(1).mode(), "a preset typed loosely is spelled as the preset");

        draft.undo();
        assertEquals("hvm.lab", environments().get(1).target().host());
        assertEquals("hvm.lab", vm.form().hostProperty().get(), "the form follows the undo");
    }

    @Test
    void refusesABadPortInline() {
        vm.selectedProperty().set(0);
        vm.form().portProperty().set("70000");
        assertTrue(vm.problemProperty().get().contains("1 to 65535"), vm.problemProperty().get());
        assertFalse(vm.commit());
        assertEquals(2222, environments().get(0).target().port());
    }

    @Test
    void refusesAHostThatCouldPassForAnOption() {
        vm.selectedProperty().set(0);
        vm.form().hostProperty().set("-oProxyCommand=evil");
        assertTrue(vm.problemProperty().get().contains("start with '-'"), vm.problemProperty().get());
        assertFalse(vm.commit());
    }

    @Test
    void refusesTwoEnvironmentsWithOneName() {
        vm.selectedProperty().set(1);
        vm.form().nameProperty().set("Xen PV");
        assertFalse(vm.commit());
        assertTrue(vm.problemProperty().get().contains("same name"), vm.problemProperty().get());
    }

    @Test
    void switchesAnEnvironmentToAnSshConfigAlias() {
        vm.selectedProperty().set(0);
        vm.form().connectionProperty().set(Connection.SSH_ALIAS);
        vm.form().aliasProperty().set("xen-pv");
        vm.form().portProperty().set("");
        vm.form().userProperty().set("");
        assertTrue(vm.commit(), vm.problemProperty().get());
        Target t = environments().get(0).target();
        assertEquals("xen-pv", t.hostAlias());
        assertTrue(t.usesSshConfig());
    }

    @Test
    void addsAnEnvironmentOnThisMachineAndRemovesIt() {
        vm.add();
        assertEquals(3, environments().size());
        assertEquals("guest 3", environments().get(2).name());
        assertEquals(2, vm.selectedProperty().get());
        assertEquals(Connection.LOCAL, vm.form().connectionProperty().get());

        vm.remove();
        assertEquals(List.of("Xen PV", "Xen HVM"), environments().stream().map(Environment::name).toList());
    }

    @Test
    void showsTheRecordedFingerprintAndWarnsWhenGuestsDiffer() throws Exception {
        Files.createDirectories(dir.resolve("hosts"));
        Files.writeString(dir.resolve("hosts/Xen-PV.json"), host("Xen PV", "2", "PV"));
        Files.writeString(dir.resolve("hosts/Xen-HVM.json"), host("Xen HVM", "4", "PV"));
        vm.reloadFacts();

        assertTrue(vm.items().get(0).fingerprint().contains("2 vCPUs"), vm.items().get(0).fingerprint());
        assertTrue(vm.items().get(0).fingerprint().contains("Xen PV"), vm.items().get(0).fingerprint());
        String warnings = String.join("\n", vm.warnings());
        assertTrue(warnings.contains("not identical VMs"), warnings);
        assertTrue(vm.warnings().stream().anyMatch(w -> w.startsWith("Xen HVM:") && w.contains("PV")),
                "the HVM guest reports PV: " + warnings);
    }

    private static String host(String name, String cpus, String guestType) {
        return "{\"environment\":\"" + name + "\",\"facts\":{\"kernel\":\"Linux 6.1.0 x86_64\",\"cpus\":\"" + cpus
                + "\",\"mem_total_kb\":\"4000000\",\"hypervisor_type\":\"xen\",\"xen_guest_type\":\"" + guestType
                + "\"}}";
    }
}
