package org.virtimpact.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Language and theme as chosen in the View menu: saved for the next start, and handed to the
 * application, which builds the window again in them.
 */
public final class SettingsViewModel {

    private final ReadOnlyObjectWrapper<Settings> saved;
    private final AtomicReference<Settings> newest = new AtomicReference<>();
    private final Object writing = new Object();
    private final ObjectProperty<Language> language;
    private final ObjectProperty<Theme> theme;

    private final Optional<SettingsFile> file;
    private final Background background;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Consumer<Settings> chosen;

    /**
     * @param file where choices are kept; empty for tests and embedding, which keep them only in memory
     * @param chosen told of each new choice, to show it
     */
    public SettingsViewModel(Settings settings, Language inEffect, Optional<SettingsFile> file, Background background,
                             Dialogs dialogs, Texts texts, Consumer<Settings> chosen) {
        this.saved = new ReadOnlyObjectWrapper<>(settings);
        this.language = new SimpleObjectProperty<>(inEffect);
        this.theme = new SimpleObjectProperty<>(settings.theme());
        this.file = file;
        this.background = background;
        this.dialogs = dialogs;
        this.texts = texts;
        this.chosen = chosen;
        language.addListener((obs, old, picked) -> save(saved.get().withLanguage(picked)));
        theme.addListener((obs, old, picked) -> save(saved.get().withTheme(picked)));
    }

    /** The settings as last saved. */
    public ReadOnlyObjectProperty<Settings> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private void save(Settings next) {
        saved.set(next);
        newest.set(next);
        // Two quick choices make two writes that may end in either order: each writes the newest
        // choice, one at a time, so the last to end cannot put an older one back.
        file.ifPresent(target -> background.submit(() -> {
            synchronized (writing) {
                Settings now = newest.get();
                target.write(now);
                return now;
            }
        }, done -> { }, e -> dialogs.error(texts.get("settings.saveFailed"),
                texts.get("settings.saveFailed.details", texts.explain(e), SettingsFile.defaultFile()))));
        chosen.accept(next);
    }
}
