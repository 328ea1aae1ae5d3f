package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word the workbench shows comes from its bundles, so a Portuguese reader never meets an
 * English sentence. A pragmatic guard over the sources rather than a proof: it looks for the ways
 * words used to slip in (a literal handed to a label, a tooltip, a status line or a dialog, or a
 * sentence glued together with {@code " of "}), and for keys the bundle doesn't have.
 */
class HardCodedWordsTest {

    private static final Path UI_JAVA = Path.of("src/main/java/org/virtimpact/ui");
    private static final Path UI_RESOURCES = Path.of("src/main/resources/org/virtimpact/ui");

    /** Calls whose text argument a person reads; a literal there must be a key's message instead. */
    private static final Pattern SINK = Pattern.compile("(setText|new Label|new Tooltip|setPromptText|setHeaderText"
            + "|setContentText|setTitle|updateMessage|new Button|new MenuItem|new Menu|new CheckBox|new RadioButton"
            + "|new Hyperlink|new Tab|new TableColumn<[^>]*>|showStatus|status\\.set|\\blog|error|confirm)\\(\\s*$");
    /** Words joined by a space, a word with a space on one side ready to be glued to a number, or "Resumed.". */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}\\S*\\s+\\S*[A-Za-z]{2,}"
            + "|(^|\\s)[A-Za-z]{2,}[:.,;!?]?\\s|\\s[A-Za-z]{2,}($|\\s)|^[A-Z][a-z]+[.!\u2026]$");
    /** Code that talks to a programmer: exceptions and log records, which stay English. */
    private static final Pattern FOR_PROGRAMMERS = Pattern.compile("\\bthrow\\b|Exception\\(|getLogger|Logger\\.");
    /** The product's name is the same in every language. */
    private static final Set<String> NAMES = Set.of("VirtImpact");

    /** {@code texts.get(...)} and the one-line {@code text(key, args)} helpers of the view models. */
    private static final Pattern KEY_USE = Pattern.compile("(?:texts\\.get|\\btext)\\(([^;]*)");
    private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+\\.?)\"");
    private static final Pattern FXML_TEXT = Pattern.compile(
            "\\b(text|promptText|title|headerText|accessibleText)=\"([^\"]*)\"");

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Properties english() throws IOException {
        Properties properties = new Properties();
        properties.load(Files.newBufferedReader(UI_RESOURCES.resolve("messages.properties"), StandardCharsets.UTF_8));
        return properties;
    }

    @Test
    void uiJavaSourcesHandNoEnglishLiteralToAPerson() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(UI_JAVA, ".java")) {
            for (JavaLiterals.Literal l : JavaLiterals.of(Files.readString(file))) {
                if (FOR_PROGRAMMERS.matcher(l.statement()).find() || NAMES.contains(l.text())) {
                    continue;
                }
                boolean toAPerson = SINK.matcher(l.before()).find() && l.text().matches("[A-Za-z].*");
                if (toAPerson || WORDS.matcher(l.text()).find()) {
                    found.add(UI_JAVA.relativize(file) + ":" + l.line() + " \"" + l.text() + "\"");
                }
            }
        }
        assertEquals(List.of(), found, "put these words in messages.properties and messages_pt_BR.properties");
    }

    @Test
    void fxmlTextsComeFromTheBundle() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(UI_RESOURCES, ".fxml")) {
            Matcher m = FXML_TEXT.matcher(Files.readString(file));
            while (m.find()) {
                String value = m.group(2);
                if (!value.startsWith("%") && !value.startsWith("$") && value.matches("(?s).*[A-Za-z].*")
                        && !NAMES.contains(value)) {
                    found.add(UI_RESOURCES.relativize(file) + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found, "write text=\"%key\" with the words in the bundles");
    }

    @Test
    void everyKeyTheJavaSourcesAskForExists() throws IOException {
        Properties english = english();
        List<String> missing = new ArrayList<>();
        for (Path file : files(UI_JAVA, ".java")) {
            Matcher use = KEY_USE.matcher(Files.readString(file));
            while (use.find()) {
                Matcher key = KEY.matcher(use.group(1));
                while (key.find()) {
                    String k = key.group(1);
                    // "matrix.device." + name: some key must at least start that way
                    boolean known = k.endsWith(".") ? english.stringPropertyNames().stream().anyMatch(n -> n.startsWith(k))
                            : english.containsKey(k);
                    if (!known) {
                        missing.add(UI_JAVA.relativize(file) + ": " + k);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "keys missing from messages.properties");
    }

    @Test
    void everyKeyTheFxmlFilesAskForExists() throws IOException {
        Properties english = english();
        List<String> missing = new ArrayList<>();
        for (Path file : files(UI_RESOURCES, ".fxml")) {
            Matcher m = FXML_TEXT.matcher(Files.readString(file));
            while (m.find()) {
                String value = m.group(2);
                if (value.startsWith("%") && !english.containsKey(value.substring(1))) {
                    missing.add(UI_RESOURCES.relativize(file) + ": " + value);
                }
            }
        }
        assertEquals(List.of(), missing, "keys missing from messages.properties");
    }

    /**
     * {@link Texts#get} hands a message without arguments over as written, so a doubled
     * apostrophe there would be shown doubled: only messages with {@code {0}} get them halved.
     */
    @Test
    void messagesWithoutArgumentsWriteTheirApostrophesOnce() throws IOException {
        List<String> doubled = new ArrayList<>();
        for (String bundle : List.of("messages.properties", "messages_pt_BR.properties")) {
            Properties properties = new Properties();
            properties.load(Files.newBufferedReader(UI_RESOURCES.resolve(bundle), StandardCharsets.UTF_8));
            properties.forEach((key, message) -> {
                if (message.toString().contains("''") && !message.toString().matches("(?s).*\\{\\d.*")) {
                    doubled.add(bundle + ": " + key);
                }
            });
        }
        assertEquals(List.of(), doubled);
    }
}
