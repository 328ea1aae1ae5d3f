package org.virtimpact.core.bench.netperf;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one netperf output says, in Mbit/s, before it is matched with the cell it belongs to.
 *
 * @param test            the test the output itself names (banner, PROTOCOL selector, or the shape
 *                        of its result lines); empty when it doesn't say
 * @param received        TCP throughput, or what arrived at the receiver for UDP
 * @param sent            what the sender pushed out (UDP only: for TCP the two sides are one figure)
 * @param lone            netperf -v 0's single figure from an output that doesn't name its test: the
 *                        TCP throughput, but the send side for UDP
 * @param confidenceWidth the width of the confidence interval netperf achieved, in percent of the
 *                        mean, when it ran several iterations (-i/-I)
 */
record NetperfReading(Optional<NetperfTest> test, OptionalDouble received, OptionalDouble sent,
                      OptionalDouble lone, OptionalDouble confidenceWidth) {

    static NetperfReading of(Optional<NetperfTest> test, OptionalDouble received, OptionalDouble sent) {
        return new NetperfReading(test, received, sent, OptionalDouble.empty(), OptionalDouble.empty());
    }

    static NetperfReading lone(double value) {
        return new NetperfReading(Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(value), OptionalDouble.empty());
    }

    NetperfReading withConfidenceWidth(OptionalDouble width) {
        return new NetperfReading(test, received, sent, lone, width.isPresent() ? width : confidenceWidth);
    }

    /** The figures once the test is known, whether the output named it or the cell did. */
    NetperfReading as(NetperfTest known) {
        if (lone.isEmpty()) {
            return new NetperfReading(Optional.of(known), received, sent, lone, confidenceWidth);
        }
        return known == NetperfTest.UDP_STREAM
                ? new NetperfReading(Optional.of(known), received, lone, OptionalDouble.empty(), confidenceWidth)
                : new NetperfReading(Optional.of(known), lone, sent, OptionalDouble.empty(), confidenceWidth);
    }
}
