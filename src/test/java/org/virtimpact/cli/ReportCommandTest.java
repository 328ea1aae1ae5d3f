package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String HEADER = "run_id,timestamp,environment,device,benchmark,metric,value,unit,repetition,"
            + "status,size\n";

    private static Path campaign(Path dir) throws Exception {
        Files.writeString(dir.resolve("campaign.json"), "{\"name\":\"PV vs HVM\",\"environments\":["
                + "{\"name\":\"HVM\",\"target\":{\"kind\":\"local\"}},{\"name\":\"PV\",\"target\":{\"kind\":\"local\"}}]}");
        StringBuilder csv = new StringBuilder(HEADER);
        double[] hvm = {100, 101, 99, 100.5, 99.5};
        for (int i = 0; i < hvm.length; i++) {
            csv.append("h").append(i).append(",2026-01-01T00:00:00Z,HVM,Disk,dd,write_rate,").append(hvm[i])
                    .append(",MB/s,").append(i + 1).append(",ok,8M\n");
            csv.append("p").append(i).append(",2026-01-01T00:00:00Z,PV,Disk,dd,write_rate,").append(hvm[i] + 10)
                    .append(",MB/s,").append(i + 1).append(",ok,8M\n");
        }
        Files.writeString(dir.resolve("results.csv"), csv);
        return dir;
    }

    @Test
    void csvHasOneRowPerEnvironmentAndCellWithTheRequiredColumns(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.local("report", campaign(dir).toString(), "--format", "csv");

        assertEquals(0, run.status(), run.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(run.out())).getRecords();
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getParser().getHeaderNames().containsAll(List.of("environment", "device", "benchmark",
                "metric", "unit", "n", "mean", "sd", "median", "min", "max", "ci_low", "ci_high", "size", "baseline",
                "ratio", "ratio_ci_low", "ratio_ci_high", "p_value", "p_holm", "verdict")));
        assertEquals("HVM", rows.get(0).get("environment"));
        assertEquals("", rows.get(0).get("ratio"), "the baseline is not compared with itself");
        assertEquals("PV", rows.get(1).get("environment"));
        assertEquals("HVM", rows.get(1).get("baseline"));
        assertEquals("110", rows.get(1).get("mean"));
        assertEquals("faster, significant", rows.get(1).get("verdict"));
        assertEquals("8M", rows.get(1).get("size"));
    }

    @Test
    void textAndMarkdownEndWithTheImpactTableInBothLanguages(@TempDir Path dir) throws Exception {
        campaign(dir);
        String text = CliRun.local("report", dir.toString()).out();
        String markdown = CliRun.local("report", dir.toString(), "--format", "markdown").out();

        assertTrue(text.contains("Disk: significant impact, PV ahead of HVM"), text);
        assertTrue(text.contains("Disco: impacto significativo, PV à frente de HVM"), text);
        assertTrue(markdown.contains("## Impact") && markdown.contains("| environment | cell |"), markdown);
    }

    @Test
    void aChosenBaselineIsUsed(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.local("report", campaign(dir).toString(), "--baseline", "PV", "--format", "csv");

        assertTrue(run.out().contains("slower, significant"), run.out());
    }

    @Test
    void theBaselineLastChosenInTheWorkbenchIsTheDefault(@TempDir Path dir) throws Exception {
        Path folder = campaign(dir);
        org.virtimpact.core.campaign.CampaignStore store = new org.virtimpact.core.campaign.CampaignStore();
        store.save(folder, store.load(folder).withAnalysis(new org.virtimpact.core.campaign.Analysis("PV", 0.95, 0.02)));

        CliRun run = CliRun.local("report", folder.toString(), "--format", "csv");

        assertTrue(run.out().contains("slower, significant"), run.out());
    }

    @Test
    void anUnknownBaselineIsBadInput(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.local("report", campaign(dir).toString(), "--baseline", "KVM");

        assertEquals(VirtImpactCli.BAD_INPUT, run.status());
        assertEquals("No results for baseline 'KVM'. Environments with results: HVM, PV.", run.err().strip());
    }

    @Test
    void aConfidenceOutsideZeroToOneIsBadInput(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.local("report", campaign(dir).toString(), "--confidence", "95");

        assertEquals(VirtImpactCli.BAD_INPUT, run.status());
        assertTrue(run.err().contains("--confidence must be between 0 and 1"), run.err());
    }

    @Test
    void thePublishedXenSampleReportsWithoutInventingIntervals() {
        CliRun run = CliRun.local("report", "samples/published-barham-2003-xen", "--format", "csv");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("VMware Workstation 3.2,Network,ttcp,bandwidth,Mb/s,,291,,,,,,,"), run.out());
        assertTrue(run.out().contains("not testable"), run.out());
    }
}
