package org.virtimpact.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code settings.json} in the person's config folder ({@code $XDG_CONFIG_HOME/virtimpact}, else
 * {@code ~/.config/virtimpact}), never in a campaign: a language or a theme belongs to the person,
 * not to the study. Unknown fields are kept out of the way rather than refused, so an older
 * workbench can read a newer file.
 */
public final class SettingsFile {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    public static Path defaultFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("virtimpact").resolve("settings.json");
    }

    /** The saved settings; the defaults when there is no file yet or it can't be read (a hand edit gone wrong). */
    public Settings read() {
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (IOException e) {
            // Settings are a convenience: a broken file must not stop the workbench from starting.
            System.getLogger(SettingsFile.class.getName()).log(System.Logger.Level.WARNING,
                    "ignoring unreadable " + file + ": " + e.getMessage());
            return Settings.DEFAULTS;
        }
        if (root == null || !root.isObject()) {
            return Settings.DEFAULTS;
        }
        Optional<Language> language = name(root, "language", Language.class);
        Theme theme = name(root, "theme", Theme.class).orElse(Theme.LIGHT);
        return new Settings(language, theme);
    }

    /** Written whole to a temporary file and moved over the old one, so a crash leaves one or the other. */
    public void write(Settings settings) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        settings.language().ifPresent(l -> root.put("language", l.name().toLowerCase(java.util.Locale.ROOT)));
        root.put("theme", settings.theme().name().toLowerCase(java.util.Locale.ROOT));
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        Files.writeString(temp, mapper.writeValueAsString(root));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static <E extends Enum<E>> Optional<E> name(JsonNode root, String field, Class<E> type) {
        String value = root.path(field).asText("");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
