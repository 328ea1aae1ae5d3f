package org.virtimpact.ui.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.MatrixExpander;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;

class MatrixEditorViewModelTest {

    @TempDir
    Path dir;

    private final CampaignStore store = new CampaignStore();
    private final CampaignDraft draft = Drafts.savingTo(store, new RecordingDialogs());
    private final MatrixEditorViewModel vm = new MatrixEditorViewModel(draft, BenchmarkCatalog.standard(),
            new DirectBackground(), Drafts.TEXTS);
    private Campaign study;

    @BeforeEach
    void open() throws Exception {
        study = Drafts.xenStudy(dir);
        draft.load(dir, study);
    }

    private AxisEditor axis(String benchmark, String name) {
        return vm.benchmarks().stream().filter(b -> b.id().equals(benchmark)).findFirst().orElseThrow()
                .axes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> values(String benchmark, String name) {
        return axis(benchmark, name).values().stream().map(AxisEditor.AxisValue::text).toList();
    }

    @Test
    void showsEachBenchmarkWithItsAxesInOrder() {
        assertEquals(List.of("dd", "membw"), vm.benchmarks().stream().map(BenchmarkEditor::id).toList());
        assertEquals(List.of("size", "block"), vm.benchmarks().get(0).axes().stream().map(AxisEditor::name).toList());
        assertEquals(List.of("8M", "32M"), values("dd", "size"));
        assertEquals("Disk", vm.benchmarks().get(0).device());
        assertEquals("ntimes 10", vm.benchmarks().get(1).options());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0   | size '0' is zero",
        "-5  | '-5' is not a size",
        "45Q | '45Q' has an unknown unit 'Q'"})
    void refusesAnInvalidSizeAsItIsTypedWithTheBenchmarksReason(String typed, String reason) {
        AxisEditor size = axis("dd", "size");
        size.pendingProperty().set(typed);

        assertTrue(size.problemProperty().get().contains(reason), size.problemProperty().get());
        assertFalse(size.canAddProperty().get());
        assertFalse(size.add());
        assertEquals(List.of("8M", "32M"), values("dd", "size"), "nothing added");
        assertEquals(typed, size.pendingProperty().get(), "the refused text stays to be corrected");
    }

    @Test
    void refusesAUdpMessageLargerThanADatagramOnlyWhereUdpIsTested() {
        Drafts.netperfUdpOnly(draft);

        AxisEditor message = axis("netperf", "message");
        message.pendingProperty().set("45M");
        assertTrue(message.problemProperty().get().contains("65,507"), message.problemProperty().get());
        message.pendingProperty().set("65507");
        assertEquals("", message.problemProperty().get());
    }

    @Test
    void refusesAValueTheAxisAlreadyHas() {
        AxisEditor size = axis("dd", "size");
        size.pendingProperty().set(" 32M ");
        assertTrue(size.problemProperty().get().contains("already"), size.problemProperty().get());
    }

    @Test
    void addsAGoodValueAndClearsTheField() {
        AxisEditor size = axis("dd", "size");
        size.pendingProperty().set("128M");
        assertTrue(size.canAddProperty().get());
        assertTrue(size.add());
        assertEquals(List.of("8M", "32M", "128M"), values("dd", "size"));
        assertEquals("", size.pendingProperty().get());
        assertTrue(draft.dirtyProperty().get());
    }

    @Test
    void aSaveThatLeavesTheMatrixAloneLeavesItsChipsAlone() {
        List<String> changes = new ArrayList<>();
        axis("dd", "size").values().addListener((ListChangeListener<AxisEditor.AxisValue>) c -> changes.add(c.toString()));
        long runs = vm.runsProperty().get();

        draft.saved(new OpenCampaign(dir, study.withAnnotations(
                List.of(new Annotation("Disk", "dd", "write_mbps", "size=8M", "a note")))));

        assertEquals(List.of(), changes, "the chips of an unchanged axis are not built again");
        assertEquals(runs, vm.runsProperty().get());
    }

    @Test
    void explainsWhatASizeMeans() {
        assertEquals("8,388,608 bytes (8 MiB)", axis("dd", "size").values().get(0).meaning());
    }

    @Test
    void removesAValueButKeepsTheLastOne() {
        assertTrue(axis("dd", "size").remove("8M"));
        assertEquals(List.of("32M"), values("dd", "size"));
        assertFalse(axis("dd", "size").remove("32M"));
        assertTrue(axis("dd", "size").problemProperty().get().contains("at least one value"));
        assertEquals(List.of("32M"), values("dd", "size"));
    }

    @Test
    void addsABenchmarkWithItsDefaultAxesAndRemovesIt() {
        assertTrue(vm.addable().contains("fio"));
        assertFalse(vm.addable().contains("dd"), "already in the matrix");
        vm.addBenchmark("fio");
        assertEquals(List.of("dd", "membw", "fio"), vm.benchmarks().stream().map(BenchmarkEditor::id).toList());
        assertEquals(List.of("read", "write"), values("fio", "rw"));
        assertFalse(vm.addable().contains("fio"));

        vm.benchmarks().get(0).remove();
        assertEquals(List.of("membw", "fio"), vm.benchmarks().stream().map(BenchmarkEditor::id).toList());
    }

    @Test
    void showsAValueAlreadyWrongInTheFileWithItsReason() {
        draft.apply("by hand", c -> c.withBenchmarks(List.of(new BenchmarkSpec("dd",
                Map.of("size", List.of("8M", "45Q")), Map.of()))));
        List<AxisEditor.AxisValue> sizes = axis("dd", "size").values();
        assertEquals("", sizes.get(0).problem());
        assertTrue(sizes.get(1).problem().contains("unknown unit"), sizes.get(1).problem());
    }

    @Test
    void aGoodValueIsNotBlamedForItsNeighboursProblems() {
        draft.apply("by hand", c -> c.withBenchmarks(List.of(new BenchmarkSpec("dd",
                new LinkedHashMap<>(Map.of("size", List.of("-5"), "block", List.of("512"))), Map.of()))));
        assertEquals("", axis("dd", "block").values().get(0).problem(), "512 is fine; -5 is not");
        assertTrue(axis("dd", "size").values().get(0).problem().contains("'-5' is not a size"));
    }

    @Test
    void countsEveryRepetitionOfEveryCellOnEveryEnvironment() {
        assertEquals(2 * (2 + 1) * 5, vm.runsProperty().get());
    }

    @Test
    void theTotalFollowsTheRepetitionsAsTheyAreTyped() {
        vm.settings().repetitionsProperty().set("10");
        assertEquals(2 * 3 * 10, vm.runsProperty().get());
        assertEquals(5, draft.draftProperty().get().campaign().settings().repetitions(), "not committed yet");
        assertTrue(vm.settings().commitRepetitions());
        assertEquals(10, draft.draftProperty().get().campaign().settings().repetitions());
    }

    @ParameterizedTest
    @CsvSource({"0", "-5", "abc", "10001"})
    void refusesRepetitionsThatAreNoCount(String typed) {
        vm.settings().repetitionsProperty().set(typed);
        assertTrue(vm.settings().repetitionsProblemProperty().get().contains("whole number from 1 to 10000"));
        assertFalse(vm.settings().commitRepetitions());
        assertEquals(5, draft.draftProperty().get().campaign().settings().repetitions());
    }

    @Test
    void warmUpsAreCheckedTakenInAndAddedToTheEstimateNotToTheRuns() {
        String before = vm.estimateProperty().get();
        vm.settings().warmupsProperty().set("101");
        assertTrue(vm.settings().warmupsProblemProperty().get().contains("0 to 100"));
        assertFalse(vm.settings().commitWarmups());
        vm.settings().warmupsProperty().set("5");
        assertEquals("", vm.settings().warmupsProblemProperty().get());
        assertEquals(2 * 3 * 5, vm.runsProperty().get(), "warm-ups are not measured runs");
        assertTrue(vm.settings().commitWarmups());
        assertEquals(5, draft.draftProperty().get().campaign().settings().warmups());
        assertFalse(before.equals(vm.estimateProperty().get()), "twice the work takes longer: " + before);
    }

    @Test
    void choosingTheOrderIsAnEditThatUndoTakesBack() {
        assertEquals(Settings.Order.SEQUENTIAL, vm.settings().orderProperty().get());
        vm.settings().orderProperty().set(Settings.Order.RANDOMIZED);
        assertEquals(Settings.Order.RANDOMIZED, draft.draftProperty().get().campaign().settings().order());
        draft.undo();
        assertEquals(Settings.Order.SEQUENTIAL, vm.settings().orderProperty().get());
        assertFalse(draft.dirtyProperty().get());
    }

    @Test
    void theTotalFollowsAddedValues() {
        axis("dd", "size").pendingProperty().set("1G");
        axis("dd", "size").add();
        assertEquals(2 * (3 + 1) * 5, vm.runsProperty().get());
    }

    @Test
    void estimatesRoughlyWhenNothingRanYet() {
        assertTrue(vm.estimateProperty().get().startsWith("≈ "), vm.estimateProperty().get());
        assertTrue(vm.estimateBasisProperty().get().contains("rough"), vm.estimateBasisProperty().get());
    }

    @Test
    void estimatesFromTheDurationsOfEarlierRuns() throws Exception {
        Files.createDirectories(dir.resolve("raw"));
        for (var env : study.environments()) {
            for (var spec : study.benchmarks()) {
                for (TestCase cell : new MatrixExpander().expand(spec)) {
                    for (int rep = 1; rep <= 2; rep++) {
                        Files.writeString(dir.resolve("raw").resolve(new PlannedRun(env, cell, rep).runId() + ".cmd"),
                                "dd …\n# exit status 0, " + (rep == 1 ? 50_000 : 70_000) + " ms\n");
                    }
                }
            }
        }
        vm.reloadDurations();
        // 6 cells × 5 repetitions × 60 s = 30 min
        assertEquals("≈ 30 min", vm.estimateProperty().get());
        assertTrue(vm.estimateBasisProperty().get().contains("earlier runs of every cell"));
    }

    @Test
    void undoAndRedoTakeBackMatrixEdits() {
        axis("dd", "size").pendingProperty().set("128M");
        axis("dd", "size").add();
        axis("dd", "size").remove("8M");
        assertEquals(List.of("32M", "128M"), values("dd", "size"));

        draft.undo();
        assertEquals(List.of("8M", "32M", "128M"), values("dd", "size"));
        draft.undo();
        assertEquals(List.of("8M", "32M"), values("dd", "size"));
        draft.redo();
        assertEquals(List.of("8M", "32M", "128M"), values("dd", "size"));
    }

    @Test
    void savingWritesTheMatrixToCampaignJson() throws Exception {
        axis("dd", "size").pendingProperty().set("128M");
        axis("dd", "size").add();
        draft.save();
        assertEquals(List.of("8M", "32M", "128M"), store.load(dir).benchmarks().get(0).axes().get("size"));
        assertFalse(draft.dirtyProperty().get());
    }
}
