package org.virtimpact.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Language and theme as chosen in the View menu. The window is built once in the language and
 * theme in effect at start, so a new choice is saved at once and takes effect at the next start;
 * the status line says so rather than leaving the person to wonder why nothing changed.
 */
public final class SettingsViewModel {

    private final ReadOnlyObjectWrapper<Settings> saved;
    private final ObjectProperty<Language> language;
    private final ObjectProperty<Theme> theme;

    private final Language inEffect;
    private final Theme themeInEffect;
    private final Optional<SettingsFile> file;
    private final Background background;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Consumer<String> status;

    /**
     * @param file where choices are kept; empty for tests and embedding, which keep them only in memory
     */
    public SettingsViewModel(Settings settings, Language inEffect, Optional<SettingsFile> file, Background background,
                             Dialogs dialogs, Texts texts, Consumer<String> status) {
        this.saved = new ReadOnlyObjectWrapper<>(settings);
        this.inEffect = inEffect;
        this.themeInEffect = settings.theme();
        this.language = new SimpleObjectProperty<>(inEffect);
        this.theme = new SimpleObjectProperty<>(settings.theme());
        this.file = file;
        this.background = background;
        this.dialogs = dialogs;
        this.texts = texts;
        this.status = status;
        language.addListener((obs, old, chosen) -> save(saved.get().withLanguage(chosen)));
        theme.addListener((obs, old, chosen) -> save(saved.get().withTheme(chosen)));
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

    /** True when the window shows something other than what was chosen, until the next start. */
    public boolean restartNeeded() {
        return language.get() != inEffect || theme.get() != themeInEffect;
    }

    private void save(Settings next) {
        saved.set(next);
        String said = restartNeeded() ? texts.get("settings.restart") : texts.get("settings.saved");
        if (file.isEmpty()) {
            status.accept(said);
            return;
        }
        SettingsFile target = file.get();
        background.submit(() -> {
            target.write(next);
            return next;
        }, done -> status.accept(said), e -> dialogs.error(texts.get("settings.saveFailed"),
                texts.get("settings.saveFailed.details", e.getMessage(), SettingsFile.defaultFile())));
    }
}
