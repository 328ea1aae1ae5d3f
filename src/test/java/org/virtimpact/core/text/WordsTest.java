package org.virtimpact.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.bench.MetricDef;

class WordsTest {

    private static final Words PORTUGUESE = new Words(Locale.forLanguageTag("pt-BR"));

    @Test
    void englishFormatsTheTemplateWithDoubledApostrophesAsOne() {
        Message m = Message.of("ssh.unknownHost", "The host name ''{0}'' can''t be resolved.", "guest-1");
        assertEquals("The host name 'guest-1' can't be resolved.", m.english());
    }

    @Test
    void verbatimTextIsNeverFormattedNorTranslated() {
        Message m = Message.verbatim("can't {parse} this");
        assertEquals("can't {parse} this", m.english());
        assertEquals("can't {parse} this", PORTUGUESE.text(m));
    }

    @Test
    void translatesAKnownMessageWithItsArguments() {
        Message m = Message.of("ssh.unknownHost", "The host name ''{0}'' can''t be resolved. Check its spelling, or use"
                + " the IP address.", "guest-1");
        assertEquals("Não foi possível resolver o nome de host 'guest-1'. Confira a grafia ou use o endereço IP.",
                PORTUGUESE.text(m));
    }

    @Test
    void translatesMessagesNestedAsArguments() {
        Message inner = Message.of("check.cancelled", "cancelled");
        assertEquals("não foi possível fazer esta verificação: cancelado",
                PORTUGUESE.text(Message.of("check.failedToRun", "could not run this check: {0}", inner)));
    }

    @Test
    void fallsBackToTheEnglishOfTheCodeForAKeyWithoutTranslation() {
        Message m = Message.of("no.such.key", "Only in English, {0}''s", "guest");
        assertEquals("Only in English, guest's", PORTUGUESE.text(m));
    }

    @Test
    void aLanguageWithoutABundleReadsEnglish() {
        Words german = new Words(Locale.GERMANY);
        assertEquals("Disk", german.device(Device.DISK));
        assertEquals("cancelled", german.text(Message.of("check.cancelled", "cancelled")));
    }

    @Test
    void englishChosenOnAPortugueseSystemStaysEnglish() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pt-BR"));
            assertEquals("Disk", Words.english().device(Device.DISK));
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void titlesOfDevicesBenchmarksAndMetricsInPortuguese() {
        var dd = BenchmarkCatalog.standard().get("dd");
        assertEquals("Disco", PORTUGUESE.device(Device.DISK));
        assertEquals("Disco", PORTUGUESE.device("Disk"));
        assertEquals("dd: escrita e leitura sequenciais", PORTUGUESE.benchmark(dd));
        assertEquals("Vazão de escrita", PORTUGUESE.metric("dd", dd.metric("write_rate").orElseThrow()));
    }

    @Test
    void aDeviceOnlyImportedResultsKnowIsShownAsWritten() {
        assertEquals("GPU", PORTUGUESE.device("GPU"));
    }

    @Test
    void aMetricOutsideTheCatalogKeepsItsOwnTitle() {
        assertEquals("Frames per second", PORTUGUESE.metric("game", new MetricDef("fps", "Frames per second", "fps",
                true)));
    }
}
