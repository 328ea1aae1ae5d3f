package org.virtimpact.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.report.Conclusions;
import org.virtimpact.core.report.ImpactLevel;
import org.virtimpact.core.report.ImpactRow;
import org.virtimpact.core.report.Report;
import org.virtimpact.core.report.ReportBuilder;
import org.virtimpact.core.report.ReportSettings;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.results.Sample;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;

/** The Conclusions tab: impact rows, their sentences rewritten and kept, stale once the data move. */
class ImpactViewModelTest {

    @TempDir
    Path dir;

    private final CampaignStore store = new CampaignStore();
    private final ReportBuilder builder = new ReportBuilder(BenchmarkCatalog.standard());
    private final CampaignEditor editor = new CampaignEditor(store, new DirectBackground(), new RecordingDialogs(),
            Texts.forLocale(Locale.ROOT));
    private final SimpleObjectProperty<OpenCampaign> open = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final List<Sample> samples = new ArrayList<>();
    private ImpactViewModel vm;

    private static Sample write(String env, double value, int rep) {
        return new Sample(env + rep, Instant.EPOCH, env, "Disk", "dd", "write_rate", value, "MB/s", rep, "ok",
                Map.of("size", "8M"));
    }

    /** What the results view does: a new report from the campaign and the samples so far. */
    private void rebuild() throws Exception {
        report.set(builder.build(open.get().campaign(), new ResultSet(samples, List.of()), Map.of(), List.of(),
                ReportSettings.defaults()));
    }

    @BeforeEach
    void openAStudy() throws Exception {
        Campaign campaign = new Campaign("study", "", List.of(
                new Environment("PV", "Xen PV", "", Target.local(), "/tmp", ""),
                new Environment("HVM", "Xen HVM", "", Target.local(), "/tmp", "")), List.of(), new Settings(5, 60));
        store.save(dir, campaign);
        open.set(new OpenCampaign(dir, campaign));
        for (int rep = 1; rep <= 5; rep++) {
            samples.add(write("PV", 120 + rep, rep));
            samples.add(write("HVM", 100 + rep, rep));
        }
        rebuild();
        editor.savedProperty().addListener((obs, old, saved) -> {
            open.set(saved);
            try {
                rebuild();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        vm = new ImpactViewModel(editor, new Conclusions(), open, report, Texts.forLocale(Locale.ROOT));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theImpactTableFollowsNewReportsOnlyWhileItsTabIsInFront() throws Exception {
        FxToolkit.registerPrimaryStage();
        SimpleBooleanProperty inFront = new SimpleBooleanProperty(false);
        TableView<ImpactRow> table = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            ImpactView view = new ImpactView(vm, Texts.forLocale(Locale.ROOT));
            view.showWhile(inFront);
            // skins, and so the table inside the split pane, come with a scene's first CSS pass
            new Scene(view.root());
            view.root().applyCss();
            return (TableView<ImpactRow>) view.root().lookup("#impactTable");
        }));
        List<ImpactRow> before = List.copyOf(table.getItems());
        assertEquals(vm.rows(), before);

        samples.add(write("HVM", 60, 6));
        rebuild();

        assertNotEquals(before, List.copyOf(vm.rows()), "the new report changed the impact rows");
        assertEquals(before, table.getItems(), "a hidden tab's table is not rebuilt at every report");
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> inFront.set(true)));
        assertEquals(vm.rows(), table.getItems(), "it catches up when its tab comes to the front");
    }

    /**
     * A change listener compares each new report with the last by equals, a walk through every
     * cell's statistics on the FX thread, and in a run's first second it links the equals of each
     * record in a report for the first time.
     */
    @Test
    void followsNewReportsWithoutComparingThemWithTheLastOne() throws Exception {
        SimpleObjectProperty<Report> told = new SimpleObjectProperty<>(report.get()) {
            @Override
            public void addListener(ChangeListener<? super Report> listener) {
                throw new AssertionError("asked to compare every new report with the last");
            }
        };
        ImpactViewModel following = new ImpactViewModel(editor, new Conclusions(), open, told,
                Texts.forLocale(Locale.ROOT));
        List<ImpactRow> before = List.copyOf(following.rows());
        samples.add(write("HVM", 60, 6));
        rebuild();
        told.set(report.get());
        assertNotEquals(before, List.copyOf(following.rows()), "the new report reached the impact rows");
    }

    @Test
    void showsOneRowPerDeviceAndComparedEnvironmentWithItsDrafts() {
        assertEquals(1, vm.rows().size());
        ImpactRow row = vm.selectedProperty().get();
        assertEquals(ImpactLevel.SIGNIFICANT, row.level());
        assertEquals(row.draftEnglish(), vm.english().textProperty().get());
        assertEquals(row.draftPortuguese(), vm.portuguese().textProperty().get());
        assertFalse(vm.english().editedProperty().get());
    }

    @Test
    void anEditedSentenceIsSavedInTheCampaignAndShownAsEdited() throws Exception {
        vm.english().textProperty().set("Disk: PV writes about a fifth faster than HVM.");
        assertTrue(vm.english().dirtyProperty().get());
        vm.save(vm.english());
        assertEquals("Disk: PV writes about a fifth faster than HVM.",
                store.load(dir).conclusions().get(0).text());
        assertTrue(vm.english().editedProperty().get());
        assertFalse(vm.english().dirtyProperty().get());
        assertFalse(vm.english().staleProperty().get());
        assertEquals("Disk: PV writes about a fifth faster than HVM.",
                vm.selectedProperty().get().sentence(ImpactRow.ENGLISH));
    }

    @Test
    void anEditBecomesStaleWhenTheDataUnderItChange() throws Exception {
        vm.portuguese().textProperty().set("Disco: PV à frente.");
        vm.save(vm.portuguese());
        samples.add(write("HVM", 150, 6));
        rebuild();
        assertTrue(vm.portuguese().staleProperty().get());
        assertEquals("Disco: PV à frente.", vm.portuguese().textProperty().get(), "the edit is kept, only flagged");
        assertFalse(vm.english().staleProperty().get(), "no edit, nothing to be stale");
    }

    @Test
    void revertingGoesBackToTheDraft() throws Exception {
        vm.english().textProperty().set("my sentence");
        vm.save(vm.english());
        vm.revert(vm.english());
        assertEquals(List.of(), store.load(dir).conclusions());
        assertEquals(vm.selectedProperty().get().draftEnglish(), vm.english().textProperty().get());
        assertFalse(vm.english().editedProperty().get());
    }

    @Test
    void textBeingTypedSurvivesNewSamples() throws Exception {
        vm.english().textProperty().set("half written");
        samples.add(write("PV", 126, 6));
        rebuild();
        assertEquals("half written", vm.english().textProperty().get());
        assertTrue(vm.english().dirtyProperty().get());
    }

    @Test
    void conclusionsPerDeviceAreSavedAsFreeText() throws Exception {
        assertEquals("Disk", vm.deviceProperty().get());
        vm.deviceTextProperty().set("Buffered writes favour PV; repeat with O_DIRECT.");
        assertTrue(vm.deviceDirtyProperty().get());
        vm.saveDeviceConclusion();
        assertEquals("Buffered writes favour PV; repeat with O_DIRECT.", store.load(dir).deviceConclusion("Disk"));
        assertFalse(vm.deviceDirtyProperty().get());
    }

    @Test
    void saysWhenSentencesWereWrittenAgainstAnotherBaseline() throws Exception {
        vm.english().textProperty().set("against PV");
        vm.save(vm.english());
        report.set(builder.build(open.get().campaign(), new ResultSet(samples, List.of()), Map.of(), List.of(),
                new ReportSettings(Optional.of("HVM"), ReportSettings.defaults().comparison(),
                        ReportSettings.defaults().quality())));
        assertTrue(vm.otherBaselinesProperty().get().contains("One sentence was written with PV as baseline"),
                vm.otherBaselinesProperty().get());
    }
}
