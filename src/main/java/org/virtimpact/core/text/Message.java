package org.virtimpact.core.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Words meant for a person, raised in the core or an adapter with their English next to the code
 * that raises them, and a key under which {@link Words} finds them in another language.
 *
 * <p>A keyed template is always a {@link MessageFormat} pattern, with or without arguments, so
 * its apostrophes are written twice ({@code can''t}) in code and in the bundles alike. Numbers are
 * best passed as text: a pattern formats them with the reader's grouping, which would change the
 * English the tests and logs know. An argument that is itself a message is put in the same language.
 *
 * @param key      the bundle key; empty for {@link #verbatim} text, which no bundle translates
 * @param template the English pattern (or, when verbatim, the text itself)
 */
public record Message(String key, String template, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(template, "template");
        // null arguments read "null", as string concatenation would have written them
        List<Object> copy = new ArrayList<>();
        args.forEach(a -> copy.add(a == null ? "null" : a));
        args = Collections.unmodifiableList(copy);
    }

    /** @param key a literal, so WordsBundleTest can find it in the sources and demand its translation */
    public static Message of(String key, String english, Object... args) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a translatable message needs a key: " + english);
        }
        return new Message(key, english, Arrays.asList(args));
    }

    /** Text no bundle translates: a tool's output, a name, a path, or a message from a library. */
    public static Message verbatim(String text) {
        return new Message("", text == null ? "null" : text, List.of());
    }

    public boolean isVerbatim() {
        return key.isEmpty();
    }

    /** The English text, exactly as it read before it could be translated. */
    public String english() {
        return isVerbatim() ? template : format(template, Locale.ROOT, args.stream()
                .map(a -> a instanceof Message m ? m.english() : a).toArray());
    }

    @Override
    public String toString() {
        return english();
    }

    static String format(String pattern, Locale locale, Object[] args) {
        return new MessageFormat(pattern, locale).format(args);
    }
}
