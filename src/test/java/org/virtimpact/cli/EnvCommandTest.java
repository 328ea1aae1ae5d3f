package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.ssh.SshOptions;

/** {@code env add} and {@code env remove} on a campaign folder; nothing connects here. */
class EnvCommandTest {

    @TempDir
    Path home;
    @TempDir
    Path campaign;

    private SshOptions ssh;

    @BeforeEach
    void emptyCampaign() throws Exception {
        Files.createDirectories(home.resolve(".ssh"));
        ssh = SshOptions.defaults().withUserHome(home).withAgentSocket(null);
        new CampaignStore().save(campaign, new Campaign("study", "", List.of(), List.of(), null));
    }

    private CliRun cli(String... args) {
        return SshCliRun.with(ssh, args);
    }

    private Campaign load() throws CampaignException {
        return new CampaignStore().load(campaign);
    }

    @Test
    void addsAnExplicitSshEnvironment() throws Exception {
        CliRun run = cli("env", "add", campaign.toString(), "--name", "Xen PV", "--mode", "xen-pv",
                "--ssh", "bench@10.0.0.5:2222", "--scratch", "/var/tmp", "--group", "host1", "--peer", "@native",
                "--identity", "~/.ssh/lab");

        assertEquals(0, run.status(), run.err());
        Environment env = load().environment("Xen PV").orElseThrow();
        assertEquals("Xen PV", env.mode());
        assertEquals(Target.ssh("bench", "10.0.0.5", 2222, "~/.ssh/lab", null), env.target());
        assertEquals("/var/tmp", env.scratchDir());
        assertEquals("host1", env.group());
        assertEquals("@native", env.peer());
        assertTrue(run.out().contains("reached as bench@10.0.0.5:2222"), run.out());
    }

    @Test
    void addsAnAliasAndShowsWhereItLeads() throws Exception {
        Path config = home.resolve("lab_config");
        Files.writeString(config, "Host hvm\n  HostName 10.0.0.6\n  User bench\n  ProxyJump admin@bastion\n");

        CliRun run = cli("env", "add", campaign.toString(), "--name", "Xen HVM", "--mode", "Xen HVM",
                "--ssh-host", "hvm", "--ssh-config", config.toString());

        assertEquals(0, run.status(), run.err());
        Target target = load().environment("Xen HVM").orElseThrow().target();
        assertEquals(Target.sshAlias("hvm", config.toString(), null, 0, null, null), target);
        assertTrue(run.out().contains("reached as bench@10.0.0.6:22 via admin@bastion:22"), run.out());
    }

    @Test
    void aliasMissingFromTheConfigIsSavedWithAWarning() throws Exception {
        CliRun run = cli("env", "add", campaign.toString(), "--name", "pv", "--mode", "Xen PV", "--ssh-host", "pv");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().startsWith("Warning:") && run.err().contains("'Host pv'"), run.err());
        assertTrue(load().environment("pv").isPresent());
    }

    @Test
    void aNameAlreadyUsedIsRefused() throws Exception {
        cli("env", "add", campaign.toString(), "--name", "pv", "--mode", "Xen PV", "--ssh", "pv.lab");

        CliRun again = cli("env", "add", campaign.toString(), "--name", "pv", "--mode", "Xen HVM", "--ssh", "hvm.lab");

        assertEquals(2, again.status());
        assertTrue(again.err().contains("already has an environment named 'pv'"), again.err());
        assertEquals("Xen PV", load().environment("pv").orElseThrow().mode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench@pv:0", "bench@pv:70000", "bench@pv:ssh", "@pv", "bench@", "[fe80::1"})
    void aBadSshAddressIsRefused(String address) throws Exception {
        CliRun run = cli("env", "add", campaign.toString(), "--name", "pv", "--mode", "Xen PV", "--ssh", address);

        assertEquals(2, run.status());
        assertTrue(run.err().contains("--ssh " + address), run.err());
        assertEquals(List.of(), load().environments());
    }

    @Test
    void bothOrNeitherWayOfReachingItIsRefused() {
        CliRun both = cli("env", "add", campaign.toString(), "--name", "pv", "--mode", "Xen PV", "--ssh", "pv.lab",
                "--ssh-host", "pv");
        CliRun neither = cli("env", "add", campaign.toString(), "--name", "pv", "--mode", "Xen PV");

        assertEquals(2, both.status());
        assertTrue(both.err().contains("not both"), both.err());
        assertEquals(2, neither.status());
        assertTrue(neither.err().contains("--ssh [USER@]HOST[:PORT] or --ssh-host ALIAS"), neither.err());
    }

    @Test
    void sshConfigWithAnExplicitTargetIsRefused() {
        CliRun run = cli("env", "add", campaign.toString(), "--name", "pv", "--mode", "Xen PV", "--ssh", "pv.lab",
                "--ssh-config", "/etc/ssh/ssh_config");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("--ssh-config only applies to --ssh-host"), run.err());
    }

    @Test
    void aRelativeScratchFolderIsRefused() {
        CliRun run = cli("env", "add", campaign.toString(), "--name", "pv", "--mode", "Xen PV", "--ssh", "pv.lab",
                "--scratch", "~/scratch");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("absolute folder"), run.err());
    }

    @Test
    void anInvalidNameIsRefusedWithTheRule() {
        CliRun run = cli("env", "add", campaign.toString(), "--name", "pv;rm", "--mode", "Xen PV", "--ssh", "pv.lab");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("must start with a letter or digit"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void addingToAFolderWithoutCampaignSaysHowToCreateOne() {
        CliRun run = cli("env", "add", home.resolve("none").toString(), "--name", "pv", "--mode", "Xen PV",
                "--ssh", "pv.lab");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("virtimpact new"), run.err());
    }

    @Test
    void removeTakesTheEnvironmentOut() throws Exception {
        cli("env", "add", campaign.toString(), "--name", "pv", "--mode", "Xen PV", "--ssh", "pv.lab");
        cli("env", "add", campaign.toString(), "--name", "hvm", "--mode", "Xen HVM", "--ssh", "hvm.lab");

        CliRun run = cli("env", "remove", campaign.toString(), "--name", "pv");

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("hvm"), load().environments().stream().map(Environment::name).toList());
    }

    @Test
    void removingAnUnknownNameListsTheKnownOnes() throws IOException {
        cli("env", "add", campaign.toString(), "--name", "hvm", "--mode", "Xen HVM", "--ssh", "hvm.lab");

        CliRun run = cli("env", "remove", campaign.toString(), "--name", "pv");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("no environment 'pv'") && run.err().contains("'hvm'"), run.err());
    }

    @Test
    void envWithoutSubcommandShowsUsage() {
        CliRun run = cli("env");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("add") && run.err().contains("remove"), run.err());
    }
}
