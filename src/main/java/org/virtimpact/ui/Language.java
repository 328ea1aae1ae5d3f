package org.virtimpact.ui;

import java.util.Locale;
import org.virtimpact.core.text.Words;

/** The languages the workbench speaks: its bundles hold exactly these two. */
public enum Language {

    /** The base bundle; {@link Locale#ROOT} so a Portuguese system can't slip its bundle in as a fallback. */
    ENGLISH(Locale.ROOT, Locale.ENGLISH),
    PORTUGUESE(Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("pt-BR"));

    private final Locale bundleLocale;
    private final Locale displayLocale;

    Language(Locale bundleLocale, Locale displayLocale) {
        this.bundleLocale = bundleLocale;
        this.displayLocale = displayLocale;
    }

    /** Portuguese of any country reads the Brazilian bundle better than English; every other language gets English. */
    public static Language ofSystem(Locale system) {
        return "pt".equals(system.getLanguage()) ? PORTUGUESE : ENGLISH;
    }

    public Locale bundleLocale() {
        return bundleLocale;
    }

    /** The words of what the workbench writes in this language (figures, decks, tables). */
    public Words words() {
        return new Words(bundleLocale);
    }

    /** For JavaFX's own words (OK, Cancel in dialogs), which follow the default locale. */
    public Locale displayLocale() {
        return displayLocale;
    }
}
