package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;

/** {@code virtimpact import DIR --csv FILE}: long-format rows, all or nothing. */
class ImportCsvCommandTest {

    private static final String HEADER = "environment,device,benchmark,metric,value,unit,repetition,size,n,sd";

    @TempDir
    Path dir;
    @TempDir
    Path sources;

    @BeforeEach
    void campaignWithADdMatrix() throws Exception {
        new CampaignStore().save(dir, new Campaign("study", "", List.of(
                new Environment("native", "native", "", Target.local(), "/tmp", ""),
                new Environment("xen pv", "Xen PV", "", Target.local(), "/tmp", "")),
                List.of(new BenchmarkSpec("dd", Map.of("size", List.of("8M"), "block", List.of("512")), Map.of())),
                new Settings(3, 60)));
    }

    private Path csv(String name, String... lines) throws Exception {
        return Files.writeString(sources.resolve(name), String.join("\n", lines) + "\n");
    }

    /** Two runs per measured environment on the size axis, and one summary a paper published. */
    private Path goodCsv() throws Exception {
        return csv("good.csv", HEADER,
                "native,Disk,dd,write_rate,100,MB/s,1,8M,,",
                "native,Disk,dd,write_rate,102,MB/s,2,8M,,",
                "xen pv,Disk,dd,write_rate,90,MB/s,1,8M,,",
                "xen pv,Disk,dd,write_rate,92,MB/s,2,8M,,",
                "Xen 2003,Disk,dd,write_rate,80,MB/s,,8M,7,3.5");
    }

    private static List<String> reportRow(CliRun report, String environment) {
        return report.out().lines().filter(l -> l.startsWith(environment + ",")).map(l -> List.of(l.split(",", -1)))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + environment + ":\n" + report.out()));
    }

    @Test
    void importsRunsAndAPublishedSummaryAndSaysHowMany() throws Exception {
        CliRun run = CliRun.local("import", dir.toString(), "--csv", goodCsv().toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Imported from good.csv: 4 runs (4 samples) into "), run.out());
        assertTrue(run.out().contains("1 published summary into " + dir.resolve("published.csv")), run.out());
        assertEquals(1, run.out().lines().count(), run.out());
    }

    @Test
    void theReportShowsTheImportedRowsWithTheirAxis() throws Exception {
        CliRun.local("import", dir.toString(), "--csv", goodCsv().toString());

        CliRun report = CliRun.local("report", dir.toString(), "--format", "csv");

        assertEquals(0, report.status(), report.err());
        List<String> header = List.of(report.out().lines().findFirst().orElseThrow().split(","));
        List<String> nativeRow = reportRow(report, "native");
        assertEquals("2", nativeRow.get(header.indexOf("n")));
        assertEquals("101", nativeRow.get(header.indexOf("mean")));
        assertEquals("8M", nativeRow.get(header.indexOf("size")));
        assertEquals("measured", nativeRow.get(header.indexOf("source")));
        List<String> published = reportRow(report, "Xen 2003");
        assertEquals("7", published.get(header.indexOf("n")));
        assertEquals("3.5", published.get(header.indexOf("sd")));
        assertEquals("published", published.get(header.indexOf("source")));
    }

    @Test
    void aMissingRequiredColumnIsRefusedOnLineOneAndNothingIsWritten() throws Exception {
        CliRun.local("import", dir.toString(), "--csv", goodCsv().toString());
        byte[] results = Files.readAllBytes(dir.resolve("results.csv"));
        byte[] published = Files.readAllBytes(dir.resolve("published.csv"));
        Path noUnit = csv("no-unit.csv", "environment,device,benchmark,metric,value,repetition,size",
                "native,Disk,dd,write_rate,100,3,8M");

        CliRun run = CliRun.local("import", dir.toString(), "--csv", noUnit.toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("line 1: the required column 'unit' is missing"), run.err());
        assertTrue(run.err().contains("Nothing was imported."), run.err());
        assertEquals("", run.out());
        assertArrayEquals(results, Files.readAllBytes(dir.resolve("results.csv")));
        assertArrayEquals(published, Files.readAllBytes(dir.resolve("published.csv")));
    }

    @Test
    void aValueThatIsNotANumberIsNamedByItsLineAndNothingIsWritten() throws Exception {
        CliRun.local("import", dir.toString(), "--csv", goodCsv().toString());
        byte[] results = Files.readAllBytes(dir.resolve("results.csv"));
        byte[] published = Files.readAllBytes(dir.resolve("published.csv"));
        Path bad = csv("bad.csv", HEADER,
                "native,Disk,dd,write_rate,104,MB/s,3,8M,,",
                "native,Disk,dd,write_rate,fast,MB/s,4,8M,,",
                "Xen 2005,Disk,dd,write_rate,85,MB/s,,8M,5,2");

        CliRun run = CliRun.local("import", dir.toString(), "--csv", bad.toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("line 3: value 'fast' is not a number"), run.err());
        assertArrayEquals(results, Files.readAllBytes(dir.resolve("results.csv")));
        assertArrayEquals(published, Files.readAllBytes(dir.resolve("published.csv")));
    }

    @Test
    void csvWithSavedOutputOptionsIsRefusedNamingWhatToDrop() throws Exception {
        CliRun run = CliRun.local("import", dir.toString(), "--csv", goodCsv().toString(), "--tool", "dd",
                "--environment", "native");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("drop --tool, --environment"), run.err());
        assertFalse(Files.exists(dir.resolve("results.csv")));
    }

    @Test
    void aFolderWithoutACampaignIsRefusedBeforeAnythingIsWritten(@TempDir Path empty) throws Exception {
        CliRun run = CliRun.local("import", empty.toString(), "--csv", goodCsv().toString());

        assertEquals(2, run.status());
        assertFalse(Files.exists(empty.resolve("results.csv")));
        assertFalse(Files.exists(empty.resolve("published.csv")));
    }
}
