package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.text.Words;

/** What the planner says about peers before anything runs. */
class PeerPlanningTest {

    @TempDir
    Path dir;

    private static BenchmarkSpec netperfTcp() {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("test", List.of("TCP_STREAM"));
        axes.put("message", List.of("512"));
        return new BenchmarkSpec("netperf", axes, Map.of("length", "1"));
    }

    private static Environment env(String name, String peer) {
        return new Environment(name, "native", "", Target.local(), "/tmp", peer);
    }

    private static Environment ssh(String name, String host, String peer) {
        return new Environment(name, "Xen PV", "", Target.ssh("bench", host, 22, null, null), "/tmp", peer);
    }

    private RunPlan plan(List<Environment> envs, List<BenchmarkSpec> specs) throws PlanException {
        return Fixtures.planner().plan(dir, Fixtures.campaign(envs, specs, 2), ResultSet.empty());
    }

    private List<String> problems(List<Environment> envs) {
        return assertThrows(PlanException.class, () -> plan(envs, List.of(netperfTcp()))).problems();
    }

    @Test
    void refusesAPeerNamingAnEnvironmentTheCampaignLacks() {
        List<String> problems = problems(List.of(env("guest", "@dom0"), env("native", "")));

        assertTrue(problems.stream().anyMatch(p -> p.contains("'@dom0'") && p.contains("no environment 'dom0'")
                && p.contains("known: guest, native")), problems.toString());
    }

    @Test
    void refusesNetworkCellsOnAnEnvironmentWithoutPeer() {
        List<String> problems = problems(List.of(env("guest", "")));

        assertEquals(List.of("Environment 'guest' has no network peer, which netperf needs; set one (its peer: a host"
                + " where the server already runs, or @ENV to have VirtImpact start it on environment ENV of this"
                + " campaign)."), problems);
    }

    @Test
    void refusesAPeerThatIsNotAHostName() {
        List<String> problems = problems(List.of(env("guest", "netserver on dom0")));

        assertTrue(problems.get(0).contains("'netserver on dom0' is not a host name or IP address"), problems.toString());
    }

    @Test
    void saysAPeerThatIsNotAHostNameInPortuguese() {
        Words portuguese = new Words(Locale.forLanguageTag("pt-BR"));
        List<String> problems = assertThrows(PlanException.class, () -> plan(List.of(env("guest",
                "netserver on dom0")), List.of(netperfTcp()))).explanations().stream().map(portuguese::text).toList();

        assertEquals(List.of("Ambiente 'guest': o par de rede 'netserver on dom0' não é um nome de host nem um"
                + " endereço IP; escreva HOST, @AMBIENTE ou @AMBIENTE=ENDEREÇO."), problems);
    }

    @Test
    void saysAMissingPeerInPortuguese() {
        Words portuguese = new Words(Locale.forLanguageTag("pt-BR"));
        List<String> problems = assertThrows(PlanException.class, () -> plan(List.of(env("guest", "")),
                List.of(netperfTcp()))).explanations().stream().map(portuguese::text).toList();

        assertEquals(List.of("O ambiente 'guest' não tem par de rede, que o netperf exige; defina um (o par dele: um"
                + " host onde o servidor já esteja rodando, ou @AMBIENTE para que o VirtImpact o inicie no ambiente"
                + " AMBIENTE desta campanha)."), problems);
    }

    @Test
    void refusesALocalPeerForAGuestReachedOverSshUnlessItsAddressIsGiven() {
        List<String> problems = problems(List.of(ssh("xen-pv", "pv.lab", "@host"), env("host", "")));

        assertTrue(problems.get(0).contains("write @host=ADDRESS"), problems.toString());
    }

    @Test
    void acceptsALocalPeerForAnSshGuestWithTheAddressGiven() throws PlanException {
        RunPlan plan = plan(List.of(ssh("xen-pv", "pv.lab", "@host=192.168.1.10"), env("host", "")),
                List.of(netperfTcp()));

        assertEquals(2, plan.runs().size());
    }

    @Test
    void leavesOutTheNetworkCellsOfAnEnvironmentThatOnlyServesAsPeer() throws PlanException {
        RunPlan plan = plan(List.of(env("guest", "@peer"), env("peer", "")), List.of(netperfTcp(), Fixtures.dd("1M",
                "512")));

        assertEquals(List.of("guest", "guest", "guest", "guest", "peer", "peer"),
                plan.runs().stream().map(r -> r.environment().name()).toList());
        assertTrue(plan.runs().stream().filter(r -> r.environment().name().equals("peer"))
                .allMatch(r -> r.testCase().benchmark().equals("dd")));
    }

    @Test
    void runsTheNetworkCellsOfAPeerThatHasAPeerOfItsOwn() throws PlanException {
        RunPlan plan = plan(List.of(env("a", "@b"), env("b", "@a")), List.of(netperfTcp()));

        assertEquals(4, plan.runs().size());
    }

    @Test
    void ignoresWhatAPeerSaysWhenNoCellNeedsOne() throws PlanException {
        RunPlan plan = plan(List.of(env("guest", "@gone"), env("other", "not a host")), List.of(Fixtures.dd("1M",
                "512")));

        assertEquals(4, plan.runs().size());
    }

    @Test
    void needsNoPeerWithoutNetworkCells() throws PlanException {
        RunPlan plan = plan(List.of(env("guest", "")), List.of(Fixtures.dd("1M", "512")));

        assertEquals(2, plan.runs().size());
    }
}
