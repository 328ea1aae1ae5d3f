package org.virtimpact.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.export.CampaignExports;
import org.virtimpact.export.ExportFixtures;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.Language;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;

class ExportViewModelTest {

    @TempDir
    Path campaign;
    @TempDir
    Path out;

    private final DirectBackground background = new DirectBackground();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> status = new ArrayList<>();
    private final ResultsViewModel results = new ResultsViewModel(BenchmarkCatalog.standard(), background);
    private Optional<Path> open = Optional.empty();
    private ExportViewModel vm;

    @BeforeEach
    void openTheFixture() throws Exception {
        ExportFixtures.writeFolder(campaign);
        open = Optional.of(campaign);
        results.show(new OpenCampaign(campaign, ExportFixtures.campaign()),
                new ResultSet(ExportFixtures.samples(), List.of()));
        vm = new ExportViewModel(words -> new CampaignExports(BenchmarkCatalog.standard(), Clock.systemUTC(), words),
                results, () -> open, background, dialogs, status::add,
                org.virtimpact.ui.Texts.forLocale(java.util.Locale.ROOT), Language.ENGLISH);
    }

    private DeviceResultsViewModel disk() {
        return results.devices().get(0);
    }

    @Test
    void savesTheChartOnScreenInTheFormatOfTheFileName() throws Exception {
        disk().selectedMetricProperty().set(disk().metrics().get(1));
        Path file = out.resolve("read.svg");
        vm.saveChart(disk(), file);
        assertEquals(List.of(), dialogs.shown());
        assertTrue(Files.readString(file).contains("Disk — Read throughput"));
        assertEquals(List.of("Saved " + file + "."), status);
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void savesPngsAtTwiceTheSlideSizeByDefault() throws Exception {
        Path file = out.resolve("write.png");
        vm.saveChart(disk(), file);
        assertEquals(3840, ImageIO.read(file.toFile()).getWidth());
    }

    @Test
    void proposesAFileNameFromDeviceToolAndMetric() {
        assertEquals(Optional.of("disk-dd-write-rate.png"), vm.suggestedFileName(disk()));
    }

    @Test
    void refusesToSaveAChartAsATable() {
        vm.saveChart(disk(), out.resolve("chart.csv"));
        assertEquals("A chart is saved as .png, .svg or .pdf; the deck and the tables come with Export all.",
                dialogs.shown().get(0).details());
    }

    @Test
    void exportsEveryTabsChartWithDeckAndTables() throws Exception {
        results.devices().get(1).selectedMetricProperty().set(results.devices().get(1).metrics().get(0));
        vm.exportAll(out);
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.containsAll(List.of("disk-dd-write-rate@2x.png", "disk-dd-write-rate.pdf",
                    "memory-membw-copy.svg", "xen-pv-vs-hvm-friends.pptx", "summary.tex")), names.toString());
        }
        assertEquals(List.of("Exported 10 files to " + out + "."), status);
    }

    @Test
    void exportsInPortugueseFromAnEnglishWorkbenchWhenAsked() throws Exception {
        vm.languageProperty().set(Language.PORTUGUESE);
        Path file = out.resolve("write.svg");
        vm.saveChart(disk(), file);
        String svg = Files.readString(file);
        assertTrue(svg.contains("Disco — Vazão de escrita"), "the figure's words are Portuguese");
        assertEquals(List.of("Saved " + file + "."), status, "the workbench still speaks English");
    }

    @Test
    void copiesTheChartAsASlideSizedPicture() {
        vm.hiDpiProperty().set(false);
        AtomicReference<BufferedImage> copied = new AtomicReference<>();
        vm.copyChart(disk(), copied::set);
        assertEquals(List.of(1920, 1080), List.of(copied.get().getWidth(), copied.get().getHeight()));
        assertEquals(List.of("Copied the chart to the clipboard (1920 × 1080)."), status);
    }

    @Test
    void saysSoWhenNoCampaignIsOpen() {
        open = Optional.empty();
        vm.saveChart(disk(), out.resolve("chart.pdf"));
        assertEquals("No campaign is open. Open one first.", dialogs.shown().get(0).details());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void doesNotStartASecondExportWhileOneRuns() {
        background.hold();
        vm.saveChart(disk(), out.resolve("a.png"));
        vm.saveChart(disk(), out.resolve("b.png"));
        assertTrue(vm.busyProperty().get());
        assertEquals(1, background.held().size());
    }
}
