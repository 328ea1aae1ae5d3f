package org.virtimpact.core.bench.netperf;

import java.util.Locale;
import java.util.Optional;

/** The two netperf tests of the 2008 study; netperf's own names are the axis values. */
public enum NetperfTest {
    TCP_STREAM, UDP_STREAM;

    /** Accepts any case, since people type {@code tcp_stream} as often as netperf's spelling. */
    public static Optional<NetperfTest> fromText(String text) {
        for (NetperfTest t : values()) {
            if (t.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** From the protocol netperf names in its banner or PROTOCOL selector ("TCP", "UDP"). */
    static Optional<NetperfTest> fromProtocol(String protocol) {
        return switch (protocol.strip().toUpperCase(Locale.ROOT)) {
            case "TCP" -> Optional.of(TCP_STREAM);
            case "UDP" -> Optional.of(UDP_STREAM);
            default -> Optional.empty();
        };
    }
}
