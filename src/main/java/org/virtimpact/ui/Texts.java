package org.virtimpact.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbench's words, from {@code org/virtimpact/ui/messages*.properties} in the person's
 * language. View models take this rather than the bundle so their tests can pick a language.
 * Messages with arguments use {@link MessageFormat}, so their apostrophes are written twice.
 */
public final class Texts {

    public static final String BUNDLE = "org.virtimpact.ui.messages";

    private final ResourceBundle bundle;

    public Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Texts forLocale(Locale locale) {
        // No fallback to the system's locale: English (the root bundle) chosen on a Portuguese
        // system must not come out Portuguese.
        return new Texts(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The bundle itself, for FXML's {@code %key} texts. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing translation must not break a screen; the key at least says what was meant.
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
