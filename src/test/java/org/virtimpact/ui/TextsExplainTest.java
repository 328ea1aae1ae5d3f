package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.text.Message;
import org.virtimpact.export.ExportFormat;

class TextsExplainTest {

    private static final Texts PORTUGUESE = Texts.forLocale(Language.PORTUGUESE.bundleLocale());
    private static final Texts ENGLISH = Texts.forLocale(Language.ENGLISH.bundleLocale());

    private static ShellException unknownHost() {
        return new ShellException(ShellException.Reason.UNREACHABLE, Message.of("ssh.unknownHost",
                "The host name ''{0}'' can''t be resolved. Check its spelling, or use the IP address.", "guset"));
    }

    @Test
    void picksTheTranslatedMessageFromAWrappedException() {
        ExecutionException wrapped = new ExecutionException(new RuntimeException(unknownHost()));
        assertEquals("Não foi possível resolver o nome de host 'guset'. Confira a grafia ou use o endereço IP.",
                PORTUGUESE.explain(wrapped));
    }

    @Test
    void inEnglishTheExplanationIsTheExceptionsOwnMessage() {
        ShellException e = unknownHost();
        assertEquals(e.getMessage(), ENGLISH.explain(new ExecutionException(e)));
        assertEquals("The host name 'guset' can't be resolved. Check its spelling, or use the IP address.",
                e.getMessage());
    }

    @Test
    void aWrapperWithWordsOfItsOwnIsShownRatherThanLosingThem() {
        IllegalStateException e = new IllegalStateException("results.csv line 3 is broken", unknownHost());
        assertEquals("results.csv line 3 is broken", PORTUGUESE.explain(e));
    }

    @Test
    void anExceptionWithoutExplanationShowsItsMessage() {
        assertEquals("disk full", PORTUGUESE.explain(new java.io.IOException("disk full")));
    }

    @Test
    void anExceptionWithoutAnyWordsNeverShowsItsClassName() {
        assertEquals(PORTUGUESE.get("error.noDetails"), PORTUGUESE.explain(new NullPointerException()));
    }

    @Test
    void aCampaignThatCannotBeReadIsExplainedInPortuguese() {
        CampaignException e = new CampaignException(Message.of("campaign.unreadable", "Could not read {0}: {1}",
                "/x/campaign.json", "Permission denied"));
        assertEquals("Could not read /x/campaign.json: Permission denied", e.getMessage());
        assertEquals("Não foi possível ler /x/campaign.json: Permission denied", PORTUGUESE.explain(e));
    }

    @Test
    void aChartFileOfAnUnknownFormatIsRefusedInPortuguese() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExportFormat.ofFileName("chart.gif"));
        assertEquals("unknown format 'gif': use png, svg, pdf, pptx, csv, tex, md.", e.getMessage());
        assertEquals("formato desconhecido, 'gif': use png, svg, pdf, pptx, csv, tex, md.", PORTUGUESE.explain(e));
    }
}
