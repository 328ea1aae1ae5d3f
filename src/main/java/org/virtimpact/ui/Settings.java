package org.virtimpact.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person chose for the whole workbench, kept between sessions.
 *
 * @param language empty to follow the system's language
 */
public record Settings(Optional<Language> language, Theme theme) {

    public static final Settings DEFAULTS = new Settings(Optional.empty(), Theme.LIGHT);

    /** The language to speak: the one chosen, else the system's. */
    public Language languageFor(Locale system) {
        return language.orElseGet(() -> Language.ofSystem(system));
    }

    public Settings withLanguage(Language chosen) {
        return new Settings(Optional.of(chosen), theme);
    }

    public Settings withTheme(Theme chosen) {
        return new Settings(language, chosen);
    }
}
