package org.virtimpact.ui;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The toolbar's View menu: language and theme (kept in the person's settings and applied at
 * once) and Help → Keyboard shortcuts.
 */
final class ViewMenu {

    private ViewMenu() {
    }

    static MenuButton create(SettingsViewModel settings, Texts texts, Runnable showShortcuts) {
        Menu language = choices(texts.get("view.language"), Language.values(), settings.languageProperty(),
                l -> texts.get("view.language." + l.name().toLowerCase(java.util.Locale.ROOT)));
        Menu theme = choices(texts.get("view.theme"), Theme.values(), settings.themeProperty(),
                t -> texts.get("view.theme." + t.name().toLowerCase(java.util.Locale.ROOT)));
        MenuItem keys = new MenuItem(texts.get("shortcuts.menu"));
        keys.setAccelerator(Shortcuts.HELP);
        keys.setOnAction(e -> showShortcuts.run());
        MenuButton menu = new MenuButton(texts.get("view.menu"), null, language, theme, new SeparatorMenuItem(),
                keys);
        menu.setMnemonicParsing(false);
        menu.getStyleClass().add("view-menu");
        return menu;
    }

    private static <T> Menu choices(String title, T[] values, ObjectProperty<T> chosen, Function<T, String> label) {
        Menu menu = new Menu(title);
        menu.setMnemonicParsing(false);
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            RadioMenuItem item = new RadioMenuItem(label.apply(value));
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(value == chosen.get());
            item.setOnAction(e -> chosen.set(value));
            menu.getItems().add(item);
        }
        return menu;
    }
}
