package org.virtimpact.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.results.LongCsvImporter;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.campaign.Drafts;

class CsvImportViewModelTest {

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<OpenCampaign> campaign = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(false);
    private final List<String> reopened = new ArrayList<>();
    private final List<String> status = new ArrayList<>();
    private final CsvImportViewModel vm = new CsvImportViewModel(new LongCsvImporter(new ResultsFolder(),
            Clock.systemUTC()), campaign, running, new DirectBackground(), dialogs, Drafts.TEXTS,
            (d, message) -> reopened.add(d + ": " + message), status::add);

    @BeforeEach
    void open() throws Exception {
        Drafts.xenStudy(dir);
        campaign.set(new OpenCampaign(dir, new CampaignStore().load(dir)));
    }

    private Path csv(String... lines) throws Exception {
        Path f = elsewhere.resolve("published.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void acceptsOneCsvWhileACampaignIsOpenAndNothingRuns() throws Exception {
        Path f = csv("environment,device,benchmark,metric,value,unit");
        assertTrue(vm.accepts(List.of(f)));
        assertFalse(vm.accepts(List.of(f, f)));
        assertFalse(vm.accepts(List.of(elsewhere.resolve("notes.txt"))));
        running.set(true);
        assertFalse(vm.accepts(List.of(f)), "a run appends to the same results");
    }

    @Test
    void importsAndOpensTheCampaignAgainSayingWhatWasAdded() throws Exception {
        vm.importCsv(csv("environment,device,benchmark,metric,value,unit,repetition,size",
                "Xen PV,disk,dd,write_rate,101.5,MB/s,1,8M", "Xen PV,disk,dd,write_rate,99.5,MB/s,2,8M"));

        assertTrue(dialogs.shown().isEmpty(), dialogs.shown().toString());
        assertEquals(1, reopened.size());
        assertTrue(reopened.get(0).contains("Imported 2 runs and 0 published summaries from published.csv"),
                reopened.get(0));
        assertEquals(2, new ResultsFolder().load(dir).samples().size());
    }

    @Test
    void showsEveryProblemWithItsLineAndWritesNothing() throws Exception {
        vm.importCsv(csv("environment,device,benchmark,metric,value,unit", "Xen PV,disk,dd,write_rate,abc,MB/s",
                ",disk,dd,write_rate,2,MB/s"));

        assertTrue(reopened.isEmpty());
        assertEquals(1, dialogs.shown().size());
        RecordingDialogs.Shown shown = dialogs.shown().get(0);
        assertEquals("published.csv was not imported (2 problems)", shown.headline());
        assertTrue(shown.details().startsWith("Nothing was written."), shown.details());
        assertTrue(shown.details().contains("• line 2: value 'abc'"), shown.details());
        assertTrue(shown.details().contains("• line 3:"), shown.details());
        assertFalse(Files.exists(dir.resolve("results.csv")));
    }
}
