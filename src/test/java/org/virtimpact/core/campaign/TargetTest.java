package org.virtimpact.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetTest {

    @Test
    void aliasTargetRoundTripsThroughCampaignJson(@TempDir Path dir) throws Exception {
        Target alias = Target.sshAlias("xen-pv", "~/.ssh/lab_config", "bench", 0, "~/.ssh/pv", "~/.ssh/lab_hosts");
        Campaign campaign = new Campaign("c", "", List.of(new Environment("pv", "Xen PV", "", alias, null, null)),
                List.of(), null);
        CampaignStore store = new CampaignStore();

        store.save(dir, campaign);

        assertEquals(campaign, store.load(dir));
        String json = Files.readString(dir.resolve(CampaignStore.CAMPAIGN_FILE));
        assertTrue(json.contains("\"hostAlias\" : \"xen-pv\""), json);
        assertFalse(json.contains("usesSshConfig"), json);
    }

    @Test
    void firstVersionConstructorStillBuildsExplicitTargets() {
        Target t = new Target(Target.Kind.SSH, "pv.lab", 0, "alice", null, null);

        assertEquals(22, t.port());
        assertFalse(t.usesSshConfig());
        assertEquals("alice@pv.lab", t.describe());
    }

    @Test
    void aliasKeepsPortZeroForTheConfigsPort() {
        Target t = Target.sshAlias("pv", null, null, 0, null, null);

        assertEquals(0, t.port());
        assertTrue(t.usesSshConfig());
        assertEquals("pv", t.describe());
    }

    @Test
    void sshTargetNeedsAHostOrAnAliasButNotBoth() {
        assertThrows(IllegalArgumentException.class, () -> Target.sshAlias(null, null, null, 0, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Target(Target.Kind.SSH, "h", 22, null, null, null, "alias", null));
    }

    @Test
    void hostWithBlanksOrALeadingDashIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Target.ssh(null, "two words", 22, null, null));
        assertThrows(IllegalArgumentException.class, () -> Target.ssh(null, "-oProxyCommand=x", 22, null, null));
        assertThrows(IllegalArgumentException.class, () -> Target.sshAlias("pv\nx", null, null, 0, null, null));
    }

    @Test
    void firstVersionCampaignJsonStillLoads(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(CampaignStore.CAMPAIGN_FILE), """
                {"name":"old","environments":[{"name":"pv","mode":"Xen PV","target":
                  {"kind":"ssh","host":"pv.lab","port":2222,"user":"bench","identityFile":"~/.ssh/id"}}]}
                """);

        Target t = new CampaignStore().load(dir).environments().get(0).target();

        assertEquals(Target.ssh("bench", "pv.lab", 2222, "~/.ssh/id", null), t);
    }
}
