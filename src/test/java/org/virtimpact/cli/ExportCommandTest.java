package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.export.ExportFixtures;

class ExportCommandTest {

    @TempDir
    Path campaign;
    @TempDir
    Path out;

    @Test
    void writesEveryFormatAndExitsZero() throws Exception {
        ExportFixtures.writeFolder(campaign);
        CliRun run = CliRun.local("export", campaign.toString(), "--out", out.toString(), "--caption");
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("disk-dd-write-rate.pdf", "disk-dd-write-rate.png", "disk-dd-write-rate.svg",
                "memory-membw-copy.pdf", "memory-membw-copy.png", "memory-membw-copy.svg", "summary.csv",
                "summary.md", "summary.tex", "xen-pv-vs-hvm-friends.pptx"), files(out));
        assertTrue(run.out().contains(out.resolve("summary.tex").toString()), run.out());
        assertTrue(run.err().contains("Wrote 10 files (2 charts)"), run.err());
    }

    @Test
    void writesOnlyTheFormatsAskedForAtTheScaleAskedFor() throws Exception {
        ExportFixtures.writeFolder(campaign);
        CliRun run = CliRun.local("export", campaign.toString(), "--out", out.toString(), "--format", "png",
                "--scale", "2", "--all-metrics");
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("disk-dd-read-rate@2x.png", "disk-dd-write-rate@2x.png", "memory-membw-copy@2x.png"),
                files(out));
    }

    @Test
    void defaultsToAnExportFolderInsideTheCampaign() throws Exception {
        ExportFixtures.writeFolder(campaign);
        CliRun run = CliRun.local("export", campaign.toString(), "--format", "md");
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.exists(campaign.resolve("export").resolve("summary.md")));
    }

    @Test
    void refusesAnUnknownFormat() throws Exception {
        ExportFixtures.writeFolder(campaign);
        CliRun run = CliRun.local("export", campaign.toString(), "--out", out.toString(), "--format", "png,gif");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("unknown format 'gif': use png, svg, pdf, pptx, csv, tex, md."), run.err());
        assertEquals(List.of(), files(out));
    }

    @Test
    void refusesABadSize() throws Exception {
        ExportFixtures.writeFolder(campaign);
        CliRun run = CliRun.local("export", campaign.toString(), "--size", "huge");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("size 'huge' is not WIDTHxHEIGHT, e.g. 1920x1080"), run.err());
    }

    @Test
    void refusesAMissingCampaignFolder() {
        CliRun run = CliRun.local("export", campaign.resolve("nope").toString(), "--out", out.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("No campaign folder at " + campaign.resolve("nope")), run.err());
    }

    @Test
    void refusesACampaignWithoutResults() throws Exception {
        new CampaignStore().save(campaign, ExportFixtures.campaign());
        CliRun run = CliRun.local("export", campaign.toString(), "--out", out.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("No results to report on"), run.err());
        assertEquals(List.of(), files(out));
    }

    @Test
    void refusesAnUnknownBaseline() throws Exception {
        ExportFixtures.writeFolder(campaign);
        CliRun run = CliRun.local("export", campaign.toString(), "--out", out.toString(), "--baseline", "KVM");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("No results for baseline 'KVM'"), run.err());
    }

    @Test
    void writesPortugueseTablesWhenAskedFor() throws Exception {
        ExportFixtures.writeFolder(campaign);
        CliRun run = CliRun.local("export", campaign.toString(), "--out", out.toString(), "--format", "md,tex",
                "--language", "pt-BR");
        assertEquals(0, run.status(), run.err());
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("| Célula | Xen PV (MB/s) |"), md);
        assertTrue(md.contains("| size=8M | 120,0 ± 2,0 (n = 5) |"), md);
        assertTrue(Files.readString(out.resolve("summary.tex")).contains("Célula & Xen PV"));
        assertTrue(run.err().contains("Wrote 2 files"), "the console stays English: " + run.err());
    }

    @Test
    void staysEnglishByDefault() throws Exception {
        ExportFixtures.writeFolder(campaign);
        CliRun run = CliRun.local("export", campaign.toString(), "--out", out.toString(), "--format", "md");
        assertEquals(0, run.status(), run.err());
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("| Cell | Xen PV (MB/s) |") && md.contains("| size=8M | 120.0 ± 2.0 (n = 5) |"), md);
    }

    @Test
    void refusesALanguageItDoesNotSpeak() throws Exception {
        ExportFixtures.writeFolder(campaign);
        CliRun run = CliRun.local("export", campaign.toString(), "--out", out.toString(), "--language", "de");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--language must be en or pt-BR, not 'de'."), run.err());
        assertEquals(List.of(), files(out));
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
