package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    /** The header of a 44-pixel column of ✓ and ✗: no word fits, and none is needed. */
    private static final Set<String> BLANK_ON_PURPOSE = Set.of("test.col.status");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndPortugueseHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> portuguese = new TreeSet<>(load("messages_pt_BR.properties").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(portuguese);
        Set<String> onlyPortuguese = new TreeSet<>(portuguese);
        onlyPortuguese.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "missing in messages_pt_BR.properties");
        assertEquals(Set.of(), onlyPortuguese, "missing in messages.properties");
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : List.of("messages.properties", "messages_pt_BR.properties")) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                assertTrue(BLANK_ON_PURPOSE.contains(key) || !properties.getProperty(key).isBlank(), key + " is empty in " + file);
            }
        }
    }

    @Test
    void englishChosenOnAPortugueseSystemStaysEnglish() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pt-BR"));
            assertEquals("View", Texts.forLocale(Language.ENGLISH.bundleLocale()).get("view.menu"));
            assertEquals("Exibir", Texts.forLocale(Language.PORTUGUESE.bundleLocale()).get("view.menu"));
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void portugueseOfAnyCountryPicksPortuguese() {
        assertEquals(Language.PORTUGUESE, Language.ofSystem(Locale.forLanguageTag("pt-PT")));
        assertEquals(Language.ENGLISH, Language.ofSystem(Locale.GERMANY));
    }
}
