package org.virtimpact.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.Device;

/**
 * The Portuguese bundle against the code: every message key raised in the sources and every title
 * of the catalog has a translation, and the bundle holds nothing the code no longer uses.
 */
class WordsBundleTest {

    /** {@code Message.of("key", ...)}: keys are literals, so a scan finds them all. */
    private static final Pattern RAISED = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");
    private static final Pattern ANY_CALL = Pattern.compile("Message\\.of\\(");

    private static Properties portuguese() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Words.class.getResourceAsStream("words_pt_BR.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Map<String, String> raisedKeys() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher literal = RAISED.matcher(source);
                int found = 0;
                while (literal.find()) {
                    keys.put(literal.group(1), file.toString());
                    found++;
                }
                long calls = ANY_CALL.matcher(source).results().count();
                assertEquals(calls, found, file + " raises a Message whose key is not a literal; the scan can't see it");
            }
        }
        return keys;
    }

    private static Set<String> titleKeys() {
        Set<String> keys = new TreeSet<>();
        for (Device d : Device.values()) {
            keys.add("device." + d.name().toLowerCase(Locale.ROOT));
        }
        for (Benchmark b : BenchmarkCatalog.standard().all()) {
            keys.add("benchmark." + b.id());
            b.metrics().forEach(m -> keys.add("metric." + b.id() + "." + m.name()));
        }
        return keys;
    }

    @Test
    void everyMessageRaisedInTheCodeHasAPortugueseTranslation() throws IOException {
        Set<String> missing = new TreeSet<>(raisedKeys().keySet());
        missing.removeAll(portuguese().stringPropertyNames());
        assertEquals(Set.of(), missing, "missing in words_pt_BR.properties");
    }

    @Test
    void everyDeviceBenchmarkAndMetricTitleHasAPortugueseTranslation() throws IOException {
        Set<String> missing = new TreeSet<>(titleKeys());
        missing.removeAll(portuguese().stringPropertyNames());
        assertEquals(Set.of(), missing, "missing in words_pt_BR.properties");
    }

    @Test
    void everyPortugueseKeyIsUsedByTheCode() throws IOException {
        Set<String> unused = new TreeSet<>(portuguese().stringPropertyNames());
        unused.removeAll(raisedKeys().keySet());
        unused.removeAll(titleKeys());
        assertEquals(Set.of(), unused, "in words_pt_BR.properties but raised nowhere");
    }

    @Test
    void everyPortugueseMessageIsAValidPatternWithoutStrayApostrophes() throws IOException {
        Properties pt = portuguese();
        Set<String> titles = titleKeys();
        for (String key : pt.stringPropertyNames()) {
            String text = pt.getProperty(key);
            assertTrue(!text.isBlank(), key + " is empty");
            if (!titles.contains(key)) {
                // a lone apostrophe would silently swallow the rest of the sentence
                String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] {1, 1, 1, 1, 1, 1, 1});
                assertEquals(text.replace("''", "").chars().filter(c -> c == '\'').count() % 2, 0L,
                        key + " has an odd number of single apostrophes");
                assertTrue(!formatted.contains("{"), key + " left a placeholder unformatted: " + formatted);
            }
        }
    }
}
