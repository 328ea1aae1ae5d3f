package org.virtimpact.ui.campaign;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.notes.CampaignEditor;

/**
 * A draft saved the way the workbench saves it: through the campaign editor, with background work
 * run at once, the saved campaign handed back to the draft.
 */
public final class Drafts {

    public static final Texts TEXTS = Texts.forLocale(Locale.ROOT);

    private Drafts() {
    }

    public static CampaignDraft savingTo(CampaignStore store, RecordingDialogs dialogs) {
        CampaignEditor editor = new CampaignEditor(store, new DirectBackground(), dialogs, TEXTS);
        CampaignDraft draft = new CampaignDraft(editor::change, TEXTS);
        editor.savedProperty().addListener((obs, old, saved) -> draft.saved(saved));
        return draft;
    }

    /** Two Xen guests and dd 8M/32M × 512 plus membw 64M, 5 repetitions, written to {@code dir}. */
    public static Campaign xenStudy(Path dir) throws CampaignException {
        Map<String, List<String>> ddAxes = new LinkedHashMap<>();
        ddAxes.put("size", List.of("8M", "32M"));
        ddAxes.put("block", List.of("512"));
        Campaign campaign = new Campaign("Xen study", "PV against HVM", List.of(
                new Environment("Xen PV", "Xen PV", "host1", Target.ssh("alice", "pv.lab", 2222, null, null),
                        "/scratch", ""),
                new Environment("Xen HVM", "Xen HVM", "host1", Target.ssh(null, "hvm.lab", 22, null, null),
                        null, "")),
                List.of(new BenchmarkSpec("dd", ddAxes, Map.of()),
                        new BenchmarkSpec("membw", Map.of("array", List.of("64M")), Map.of("ntimes", "10"))),
                new Settings(5, 300));
        new CampaignStore().save(dir, campaign);
        return campaign;
    }

    /** Replaces the matrix with netperf's UDP_STREAM at 512-byte messages: the one test that caps a message. */
    public static void netperfUdpOnly(CampaignDraft draft) {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("test", List.of("UDP_STREAM"));
        axes.put("message", List.of("512"));
        draft.apply("netperf", c -> c.withBenchmarks(List.of(new BenchmarkSpec("netperf", axes, Map.of()))));
    }
}
