package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;

class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void createsTheQuickstartCampaignByDefault() throws Exception {
        Path campaign = dir.resolve("study");

        CliRun run = CliRun.local("new", campaign.toString());

        assertEquals(0, run.status(), run.err());
        assertEquals("Quickstart on this machine", new CampaignStore().load(campaign).name());
        assertTrue(run.out().contains("virtimpact run " + campaign), run.out());
    }

    @Test
    void xen2008TemplateSaysHowToPointItsEnvironmentsAtRealGuests() throws Exception {
        Path campaign = dir.resolve("xen");

        CliRun run = CliRun.local("new", campaign.toString(), "--template", "xen-2008");

        assertEquals(0, run.status(), run.err());
        Campaign created = new CampaignStore().load(campaign);
        assertEquals(2, created.environments().size());
        assertTrue(run.out().contains("Xen PV -> Host xen-pv, Xen HVM -> Host xen-hvm"), run.out());
        assertTrue(run.out().contains("virtimpact env remove " + campaign + " --name 'Xen PV'"), run.out());
    }

    @Test
    void nonEmptyFolderIsRefused() throws Exception {
        Files.writeString(dir.resolve("results.csv"), "precious");

        CliRun run = CliRun.local("new", dir.toString(), "--template", "xen-2008");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("not empty"), run.err());
        assertEquals("precious", Files.readString(dir.resolve("results.csv")));
        assertTrue(Files.notExists(dir.resolve(CampaignStore.CAMPAIGN_FILE)));
    }

    @Test
    void unknownTemplateIsBadInput() {
        CliRun run = CliRun.local("new", dir.resolve("x").toString(), "--template", "xen-2009");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("quickstart, xen-2008"), run.err());
    }
}
