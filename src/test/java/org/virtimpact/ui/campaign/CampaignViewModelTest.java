package org.virtimpact.ui.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;

class CampaignViewModelTest {

    static Campaign xenStudy() {
        Map<String, List<String>> ddAxes = new LinkedHashMap<>();
        ddAxes.put("size", List.of("8M", "32M"));
        ddAxes.put("block", List.of("512"));
        return new Campaign("Xen study", "PV against HVM", List.of(
                new Environment("Xen PV", "Xen PV", "host1", Target.ssh("alice", "pv.lab", 2222, null, null),
                        "/scratch", ""),
                new Environment("Xen HVM", "Xen HVM", "host1", Target.ssh(null, "hvm.lab", 22, null, null),
                        null, "")),
                List.of(new BenchmarkSpec("dd", ddAxes, Map.of()),
                        new BenchmarkSpec("membw", Map.of("array", List.of("64M")), Map.of("ntimes", "10"))),
                new Settings(5, 300));
    }

    @Test
    void startsWithAnInvitationToOpenACampaign() {
        CampaignViewModel vm = new CampaignViewModel();
        assertFalse(vm.openProperty().get());
        assertTrue(vm.descriptionProperty().get().contains("Open…"));
    }

    @Test
    void listsEnvironmentsWithTheirConnection() {
        CampaignViewModel vm = new CampaignViewModel();
        vm.show(Path.of("studies", "xen"), xenStudy());
        assertEquals(List.of(new EnvironmentRow("Xen PV", "Xen PV", "alice@pv.lab:2222", "/scratch"),
                new EnvironmentRow("Xen HVM", "Xen HVM", "hvm.lab", "/tmp")), vm.environments());
    }

    @Test
    void describesEachBenchmarkWithItsAxesAndOptions() {
        CampaignViewModel vm = new CampaignViewModel();
        vm.show(Path.of("studies", "xen"), xenStudy());
        assertEquals(List.of("dd — size: 8M, 32M · block: 512", "membw — array: 64M (ntimes 10)"), vm.matrix());
    }

    @Test
    void showsWhereTheCampaignLives() {
        CampaignViewModel vm = new CampaignViewModel();
        vm.show(Path.of("studies", "xen"), xenStudy());
        assertEquals(Path.of("studies", "xen").toString(), vm.folderProperty().get());
    }

    @Test
    void countsEveryRepetitionOfEveryCellOnEveryEnvironment() {
        CampaignViewModel vm = new CampaignViewModel();
        vm.show(Path.of("studies", "xen"), xenStudy());
        assertEquals(5, vm.repetitionsProperty().get());
        assertEquals(2 * (2 + 1) * 5, vm.totalRunsProperty().get());
    }

    @Test
    void showsTheQuickstartSample() throws Exception {
        CampaignViewModel vm = new CampaignViewModel();
        Path quickstart = Path.of("samples", "quickstart");
        vm.show(quickstart, new CampaignStore().load(quickstart));
        assertEquals("this machine", vm.environments().get(0).connection());
        assertEquals("dd — size: 8M, 32M · block: 512", vm.matrix().get(0));
        assertTrue(vm.openProperty().get());
    }
}
