package org.virtimpact.core.preflight;

import java.time.Duration;
import java.time.Instant;

/**
 * How long checks may take and what counts as sane. The defaults: 15 s per check command (they
 * are all quick), 30 s for the fingerprint (it asks the compiler and every tool for its version),
 * a guest clock within 60 s of this machine's and not before 2020, 5 s for a TCP connect to a peer.
 */
public record PreflightLimits(Duration commandTimeout, Duration probeTimeout, Duration maxClockSkew,
                              Instant earliestClock, int peerConnectSeconds) {

    public static PreflightLimits defaults() {
        return new PreflightLimits(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(60),
                Instant.parse("2020-01-01T00:00:00Z"), 5);
    }
}
