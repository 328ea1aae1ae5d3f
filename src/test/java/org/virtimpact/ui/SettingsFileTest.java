package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void keepsLanguageAndTheme() throws IOException {
        SettingsFile file = new SettingsFile(dir.resolve("virtimpact/settings.json"));
        file.write(new Settings(Optional.of(Language.PORTUGUESE), Theme.DARK));
        assertEquals(new Settings(Optional.of(Language.PORTUGUESE), Theme.DARK), file.read());
    }

    @Test
    void noFileMeansSystemLanguageAndLightTheme() {
        assertEquals(Settings.DEFAULTS, new SettingsFile(dir.resolve("none.json")).read());
    }

    @Test
    void aBrokenFileFallsBackToDefaults() throws IOException {
        Path broken = dir.resolve("settings.json");
        Files.writeString(broken, "{ not json");
        assertEquals(Settings.DEFAULTS, new SettingsFile(broken).read());
    }

    @Test
    void twoQuickChoicesLeaveTheNewestOnDiskWhateverOrderTheirWritesEndIn() {
        DirectBackground background = new DirectBackground();
        background.hold();
        SettingsFile file = new SettingsFile(dir.resolve("settings.json"));
        SettingsViewModel vm = new SettingsViewModel(Settings.DEFAULTS, Language.ENGLISH, Optional.of(file),
                background, new RecordingDialogs(), Texts.forLocale(java.util.Locale.ROOT), s -> { });
        vm.themeProperty().set(Theme.DARK);
        vm.languageProperty().set(Language.PORTUGUESE);

        java.util.List<Runnable> writes = new java.util.ArrayList<>(background.held());
        assertEquals(2, writes.size());
        writes.get(1).run();
        writes.get(0).run();

        assertEquals(new Settings(Optional.of(Language.PORTUGUESE), Theme.DARK), file.read());
    }

    @Test
    void choosingALanguageSavesItAndHandsItOnToBeApplied() {
        java.util.List<Settings> said = new java.util.ArrayList<>();
        SettingsViewModel vm = new SettingsViewModel(Settings.DEFAULTS, Language.ENGLISH, Optional.empty(),
                new DirectBackground(), new RecordingDialogs(), Texts.forLocale(java.util.Locale.ROOT), said::add);
        vm.languageProperty().set(Language.PORTUGUESE);
        assertEquals(Optional.of(Language.PORTUGUESE), vm.savedProperty().get().language());
        assertEquals(java.util.List.of(new Settings(Optional.of(Language.PORTUGUESE), Theme.LIGHT)), said);
    }
}
