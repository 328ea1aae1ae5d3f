package org.virtimpact.ui.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.ui.DirectBackground;
import org.virtimpact.ui.Language;
import org.virtimpact.ui.RecordingDialogs;
import org.virtimpact.ui.Texts;
import org.virtimpact.ui.notes.CampaignEditor;

/** The benchmarks' reasons for refusing a value, as the Portuguese workbench shows them. */
class MatrixEditorPortugueseTest {

    private static final Texts PORTUGUESE = Texts.forLocale(Language.PORTUGUESE.bundleLocale());

    @TempDir
    Path dir;

    private final CampaignEditor editor = new CampaignEditor(new CampaignStore(), new DirectBackground(),
            new RecordingDialogs(), PORTUGUESE);
    private final CampaignDraft draft = new CampaignDraft(editor::change, PORTUGUESE);
    private final MatrixEditorViewModel vm = new MatrixEditorViewModel(draft, BenchmarkCatalog.standard(),
            new DirectBackground(), PORTUGUESE);

    @BeforeEach
    void open() throws Exception {
        editor.savedProperty().addListener((obs, old, saved) -> draft.saved(saved));
        draft.load(dir, Drafts.xenStudy(dir));
    }

    private AxisEditor axis(String benchmark, String name) {
        return vm.benchmarks().stream().filter(b -> b.id().equals(benchmark)).findFirst().orElseThrow()
                .axes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void refusesASizeWithAnUnknownUnitInPortuguese() {
        AxisEditor size = axis("dd", "size");
        size.pendingProperty().set("45Q");
        assertEquals("tamanho do arquivo do dd: '45Q' tem uma unidade desconhecida, 'Q'; use K, M, G, T (ou KiB,"
                + " MiB, GiB, TiB) para potências de 1024 e kB, MB, GB, TB para potências de 1000",
                size.problemProperty().get());
    }

    @Test
    void refusesAUdpMessageLargerThanADatagramInPortuguese() {
        Drafts.netperfUdpOnly(draft);

        AxisEditor message = axis("netperf", "message");
        message.pendingProperty().set("45M");
        assertTrue(message.problemProperty().get().startsWith("a mensagem de 45M (47185920 bytes) do UDP_STREAM"
                + " do netperf não pode ser enviada"), message.problemProperty().get());
    }

    @Test
    void aValueTheSettingsRefuseIsExplainedInPortuguese() {
        Optional<String> refused = draft.apply("repetitions", c -> c.withSettings(new Settings(20_000, 300)));
        assertEquals(Optional.of("as repetições devem ficar entre 1 e 10000, não 20000"), refused);
    }
}
