package org.virtimpact.core.bench.netperf;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.OutputParseException;

/**
 * netperf's throughput units ({@code -f}) as factors to Mbit/s. {@code 10^Nbits} are powers of ten
 * of bits; {@code KBytes}, {@code MBytes}, {@code GBytes} are powers of 1024 of bytes, as netperf's
 * {@code calc_thruput} computes them.
 */
final class ThroughputUnits {

    /** netperf's default ({@code -f m}), assumed when the output prints no unit (-P 0, -v 0). */
    static final String DEFAULT = "10^6bits";

    private static final Pattern UNIT = Pattern.compile("(10\\^(\\d)bits|[KMG]?Bytes)(?:/s(?:ec)?)?");
    private static final Pattern IN_HEADER = Pattern.compile("(?:^|\\s)(10\\^\\dbits|[KMG]?Bytes)/s(?:ec)?(?:\\s|$)");

    private ThroughputUnits() {
    }

    /** The unit token in a header line, if it has one. */
    static Optional<String> find(String line) {
        Matcher m = IN_HEADER.matcher(line);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static double toMbits(double value, String unit) throws OutputParseException {
        Matcher m = UNIT.matcher(unit.strip());
        if (!m.matches()) {
            throw new OutputParseException("netperf reported its throughput in '" + unit.strip()
                    + "', which is not a rate VirtImpact can turn into Mbit/s (run it with -f m, the default)");
        }
        if (m.group(2) != null) {
            return value * Math.pow(10, Integer.parseInt(m.group(2)) - 6);
        }
        double bytes = switch (m.group(1).toUpperCase(Locale.ROOT)) {
            case "KBYTES" -> 1024.0;
            case "MBYTES" -> 1024.0 * 1024;
            case "GBYTES" -> 1024.0 * 1024 * 1024;
            default -> 1.0;
        };
        return value * bytes * 8 / 1e6;
    }
}
