package org.virtimpact.core.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.text.InvalidValueException;
import org.virtimpact.core.text.Message;

/**
 * Byte sizes as researchers write them. K, M, G, T and KiB, MiB, GiB, TiB are powers of 1024;
 * kB, MB, GB, TB are powers of 1000, as in dd.
 */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+)\\s*([A-Za-z]*)\\s*");

    private Sizes() {
    }

    public static long parseBytes(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(Message.of("size.missing",
                    "a size is missing; write it like 512, 512K, 128M or 4G"));
        }
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new InvalidValueException(Message.of("size.notSize", "''{0}'' is not a size; write a positive whole"
                    + " number with an optional unit, like 512, 512K, 45MiB, 128MB or 4G", text.strip()));
        }
        long multiplier = multiplier(m.group(2), text);
        long number;
        try {
            number = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw tooLarge(text);
        }
        if (number == 0) {
            throw new InvalidValueException(Message.of("size.zero",
                    "size ''{0}'' is zero; it must be at least 1 byte", text.strip()));
        }
        try {
            return Math.multiplyExact(number, multiplier);
        } catch (ArithmeticException e) {
            throw tooLarge(text);
        }
    }

    private static InvalidValueException tooLarge(String text) {
        return new InvalidValueException(Message.of("size.tooLarge", "''{0}'' is too large", text.strip()));
    }

    private static long multiplier(String unit, String text) {
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "", "B" -> 1L;
            case "K", "KIB" -> 1L << 10;
            case "M", "MIB" -> 1L << 20;
            case "G", "GIB" -> 1L << 30;
            case "T", "TIB" -> 1L << 40;
            case "KB" -> 1_000L;
            case "MB" -> 1_000_000L;
            case "GB" -> 1_000_000_000L;
            case "TB" -> 1_000_000_000_000L;
            default -> throw new InvalidValueException(Message.of("size.unknownUnit", "''{0}'' has an unknown unit ''{1}'';"
                    + " use K, M, G, T (or KiB, MiB, GiB, TiB) for powers of 1024, kB, MB, GB, TB for powers of 1000",
                    text.strip(), unit));
        };
    }

    /** Short human form, e.g. 134217728 → "128 MiB". */
    public static String format(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int i = 0;
        while (v >= 1024 && i < units.length - 1 && v % 1024 == 0) {
            v /= 1024;
            i++;
        }
        return String.format(Locale.ROOT, "%.0f %s", v, units[i]);
    }
}
