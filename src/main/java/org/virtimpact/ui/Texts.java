package org.virtimpact.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Words;

/**
 * The workbench's words, from {@code org/virtimpact/ui/messages*.properties} in the person's
 * language. View models take this rather than the bundle so their tests can pick a language.
 * Messages with arguments use {@link MessageFormat}, so their apostrophes are written twice.
 */
public final class Texts {

    public static final String BUNDLE = "org.virtimpact.ui.messages";

    private final ResourceBundle bundle;
    private final Words words;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Texts(ResourceBundle bundle) {
        this.bundle = bundle;
        this.words = new Words(bundle.getLocale());
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

    /** The core's words (titles, messages from core and SSH) in the same language. */
    public Words words() {
        return words;
    }

    /**
     * What went wrong, in the person's language: the first explanation in the cause chain, passing
     * only wrappers that add no words of their own (an ExecutionException's class-and-message, a
     * repeat of the cause's text). A wrapper that says more is shown as it is, in English rather
     * than losing what it adds. Never a class name or a stack trace.
     */
    public String explain(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Explained e && !e.explanation().isVerbatim()) {
                return words.text(e.explanation());
            }
            if (!addsNothing(t)) {
                return t.getMessage();
            }
        }
        return get("error.noDetails");
    }

    private static boolean addsNothing(Throwable t) {
        String message = t.getMessage();
        Throwable cause = t.getCause();
        return message == null || message.isBlank() || cause != null
                && (message.equals(cause.getMessage()) || message.equals(cause.toString()));
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing translation must not break a screen; the key at least says what was meant.
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        // Parsing a pattern costs more than formatting it, and a run formats the same few lines
        // many times a second on the FX thread. A MessageFormat is not thread-safe, hence the lock.
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, bundle.getLocale()));
        synchronized (format) {
            return format.format(args);
        }
    }
}
