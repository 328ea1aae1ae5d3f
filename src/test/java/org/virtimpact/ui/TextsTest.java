package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Messages are parsed once and formatted many times: each call still says its own arguments. */
class TextsTest {

    private final Texts english = Texts.forLocale(Locale.ROOT);

    @Test
    void aMessageSaysTheArgumentsOfEachCall() {
        assertEquals("about 12 s left", english.get("run.left.seconds", 12));
        assertEquals("about 45 s left", english.get("run.left.seconds", 45));
    }

    @Test
    void eachLanguageKeepsItsOwnPatterns() {
        Texts portuguese = Texts.forLocale(Locale.forLanguageTag("pt-BR"));
        assertEquals("faltam cerca de 12 s", portuguese.get("run.left.seconds", 12));
        assertEquals("about 12 s left", english.get("run.left.seconds", 12));
    }

    @Test
    void threadsFormattingTheSameMessageAtOnceEachGetTheirOwnText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = IntStream.range(0, 900)
                    .mapToObj(i -> pool.submit(() -> english.get("run.left.seconds", i))).toList();
            for (int i = 0; i < texts.size(); i++) {
                assertEquals("about " + i + " s left", texts.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
