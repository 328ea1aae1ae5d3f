package org.virtimpact.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongCsvImporterTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    private final LongCsvImporter importer = new LongCsvImporter(new ResultsFolder(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private Path file(String... lines) throws Exception {
        Path f = dir.resolve("in.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private List<String> problems(Path csv) {
        return assertThrows(ImportException.class, () -> importer.importInto(dir, csv)).problems();
    }

    @Test
    void importsRunsIntoResultsCsvWithEveryOtherColumnAsAnAxis() throws Exception {
        importer.importInto(dir, file("environment,device,benchmark,metric,value,unit,repetition,size",
                "xen pv,disk,dd,write_rate,101.5,MB/s,1,8M", "xen pv,disk,dd,write_rate,99.5,MB/s,2,8M"));

        ResultSet rs = new ResultsFolder().load(dir);
        assertEquals(2, rs.samples().size());
        Sample s = rs.samples().get(0);
        assertEquals("Disk", s.device(), "known devices are written as the runner writes them");
        assertEquals(Map.of("size", "8M"), s.axes());
        assertEquals(101.5, s.value());
        assertEquals(NOW, s.timestamp());
        assertFalse(Files.exists(dir.resolve(PublishedCsv.FILE)), "no summaries, no published.csv");
    }

    @Test
    void rowsWithNOrSdArePublishedSummariesNotRuns() throws Exception {
        importer.importInto(dir, file("environment,device,benchmark,metric,value,unit,n,sd,mtu",
                "Linux,Network,ttcp,bandwidth,897,Mb/s,unknown,,1500", "Xen,Network,ttcp,bandwidth,890,Mb/s,7,3.5,1500"));

        ResultSet rs = new ResultsFolder().load(dir);
        assertEquals(List.of(), rs.samples());
        assertEquals(2, rs.published().size());
        assertTrue(rs.published().get(0).n().isEmpty() && rs.published().get(0).sd().isEmpty());
        assertEquals(7, rs.published().get(1).n().getAsInt());
        assertEquals(3.5, rs.published().get(1).sd().getAsDouble());
    }

    @Test
    void badRowsAreReportedByLineAndNothingIsWritten() throws Exception {
        List<String> problems = problems(file("environment,device,benchmark,metric,value,unit,sd",
                "a,Disk,dd,write_rate,1.5,MB/s,", "a,Disk,dd,write_rate,1,5,MB/s", "a,Disk,dd,write_rate,abc,MB/s,",
                ",Disk,dd,write_rate,2,MB/s,", "a,Disk,dd,write_rate,2,MB/s,0.3"));

        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("line 3:"), problems.get(0));
        assertTrue(problems.get(1).startsWith("line 4: value 'abc'"), problems.get(1));
        assertTrue(problems.get(2).startsWith("line 5: 'environment' is empty"), problems.get(2));
        assertTrue(problems.get(3).contains("line 6: sd is given without n"), problems.get(3));
        assertFalse(Files.exists(dir.resolve(ResultsFolder.RESULTS)));
    }

    @Test
    void aDecimalCommaIsNamedAsTheProblem() throws Exception {
        List<String> problems = problems(file("environment,device,benchmark,metric,value,unit",
                "a,Disk,dd,write_rate,\"1,5\",MB/s"));

        assertTrue(problems.get(0).contains("write decimals with '.'"), problems.toString());
    }

    @Test
    void aMissingRequiredColumnIsReportedOnLineOne() throws Exception {
        List<String> problems = problems(file("environment,benchmark,metric,value,unit", "a,dd,m,1,s"));

        assertEquals(List.of("line 1: the required column 'device' is missing; the header needs environment, device,"
                + " benchmark, metric, value, unit"), problems);
    }

    @Test
    void importingTheSameFileTwiceIsRefused() throws Exception {
        Path csv = file("environment,device,benchmark,metric,value,unit", "a,Disk,dd,write_rate,1,MB/s");
        importer.importInto(dir, csv);

        List<String> problems = problems(csv);

        assertTrue(problems.get(0).contains("already in results.csv"), problems.toString());
        assertEquals(1, new ResultsFolder().load(dir).samples().size());
    }

    @Test
    void repeatedRunInOneFileIsRefused() throws Exception {
        List<String> problems = problems(file("environment,device,benchmark,metric,value,unit,repetition",
                "a,Disk,dd,write_rate,1,MB/s,1", "a,Disk,dd,write_rate,2,MB/s,1"));

        assertEquals(List.of("line 3: repeats line 2 (same run " + problemsRunId(problems) + " and metric write_rate);"
                + " give each run its own repetition number"), problems);
    }

    private static String problemsRunId(List<String> problems) {
        String p = problems.get(0);
        return p.substring(p.indexOf("same run ") + 9, p.indexOf(" and metric"));
    }

    @Test
    void axisPrefixImportsAnAxisNamedLikeAReservedColumn() throws Exception {
        importer.importInto(dir, file("environment,device,benchmark,metric,value,unit,axis:n",
                "a,CPU,linpack,mflops,812,Mflops,100"));

        assertEquals(Map.of("n", "100"), new ResultsFolder().load(dir).samples().get(0).axes());
    }

    @Test
    void keepsExistingRowsAndWidensTheHeader() throws Exception {
        importer.importInto(dir, file("environment,device,benchmark,metric,value,unit,repetition,size",
                "a,Disk,dd,write_rate,1,MB/s,1,8M"));
        Path second = dir.resolve("second.csv");
        Files.writeString(second, "environment,device,benchmark,metric,value,unit,repetition,block\n"
                + "b,Disk,dd,write_rate,2,MB/s,1,512\n");

        importer.importInto(dir, second);

        List<Sample> all = new ResultsFolder().load(dir).samples();
        assertEquals(2, all.size());
        assertEquals(Map.of("block", "512"), all.get(1).axes());
        assertTrue(Files.readString(dir.resolve(ResultsFolder.RESULTS)).startsWith(
                String.join(",", CsvResults.FIXED) + ",size,block\n"));
    }

    @Test
    void aQuotedFieldSpanningLinesStillNamesTheRightLine() throws Exception {
        List<String> problems = problems(file("environment,device,benchmark,metric,value,unit,note",
                "a,Disk,dd,write_rate,1,MB/s,\"two", "lines\"", "a,Disk,dd,write_rate,x,MB/s,"));

        assertTrue(problems.get(0).startsWith("line 4:"), problems.toString());
    }
}
