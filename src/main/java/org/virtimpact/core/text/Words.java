package org.virtimpact.core.text;

import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.Device;
import org.virtimpact.core.bench.MetricDef;

/**
 * The core's words in one language: titles of devices, benchmarks and metrics, and the
 * {@link Message}s the core and its adapters raise. English lives in the code next to where the
 * words are used, so only other languages need a bundle
 * ({@code org/virtimpact/core/text/words_<locale>.properties}, UTF-8); a key the bundle lacks
 * falls back to that English instead of breaking a screen or a figure.
 */
public final class Words {

    public static final String BUNDLE = "org.virtimpact.core.text.words";

    private final Locale locale;
    private final Optional<ResourceBundle> bundle;
    /** Looked up once: the workbench writes every figure of a chart through it while a run goes on. */
    private final char decimalMark;

    public Words(Locale locale) {
        this.locale = locale;
        this.bundle = load(locale);
        this.decimalMark = DecimalFormatSymbols.getInstance(numberLocale()).getDecimalSeparator();
    }

    /** The words of the CLI and of exports made from it. */
    public static Words english() {
        return new Words(Locale.ROOT);
    }

    public Locale locale() {
        return locale;
    }

    public String text(Message message) {
        if (message.isVerbatim()) {
            return message.template();
        }
        Object[] args = message.args().stream().map(a -> a instanceof Message m ? text(m) : a).toArray();
        Optional<String> translated = lookUp(message.key());
        return translated.isPresent() ? Message.format(translated.get(), locale, args)
                : Message.format(message.template(), Locale.ROOT, args);
    }

    /** A title without arguments, so its apostrophes are written once. */
    public String title(String key, String english) {
        return lookUp(key).orElse(english);
    }

    /**
     * A number written with '.' (as {@code BigDecimal.toPlainString} writes it) the way a reader of
     * this language writes it: "312,5" in Portuguese. English, and a language without a bundle,
     * keep the '.', so the CLI's files stay byte for byte what they were. No grouping is added.
     */
    public String decimal(String plain) {
        return decimalMark == '.' ? plain : plain.replace('.', decimalMark);
    }

    /** A date for a sentence: "14/03/2025" in Portuguese, ISO ("2025-03-14") in English. */
    public String date(LocalDate date) {
        Locale numbers = numberLocale();
        return numbers.equals(Locale.ROOT) ? date.toString()
                : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(numbers));
    }

    /**
     * The locale numbers for people are written in: the language's when the words are translated,
     * else {@link Locale#ROOT}, so no English sentence gets a decimal comma.
     */
    public Locale numberLocale() {
        return bundle.isPresent() ? locale : Locale.ROOT;
    }

    public String device(Device device) {
        return title("device." + device.name().toLowerCase(Locale.ROOT), device.title());
    }

    /**
     * A device as the results store it: its English title, or (in imported results) any word,
     * which is shown as written.
     */
    public String device(String stored) {
        Device device = Device.fromText(stored);
        return device == Device.OTHER && !stored.equalsIgnoreCase(Device.OTHER.title()) ? stored : device(device);
    }

    public String benchmark(Benchmark benchmark) {
        return title("benchmark." + benchmark.id(), benchmark.title());
    }

    public String metric(String benchmarkId, MetricDef metric) {
        return title("metric." + benchmarkId + "." + metric.name(), metric.title());
    }

    private Optional<String> lookUp(String key) {
        try {
            return bundle.map(b -> b.getString(key));
        } catch (MissingResourceException e) {
            // a missing translation shows the English from the code
            return Optional.empty();
        }
    }

    private static Optional<ResourceBundle> load(Locale locale) {
        if (locale.equals(Locale.ROOT) || locale.getLanguage().equals("en")) {
            return Optional.empty();
        }
        try {
            // no fallback to the system's locale: English chosen on a Portuguese system stays English
            return Optional.of(ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        } catch (MissingResourceException e) {
            // a language without a bundle reads the English from the code
            return Optional.empty();
        }
    }
}
