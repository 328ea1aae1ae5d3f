package org.virtimpact.core.report;

/**
 * A reason to doubt a number, shown beside it. {@code cell} and {@code metric} are empty for a
 * warning about a whole environment (a different VM shape, different tool versions).
 */
public record QualityWarning(Kind kind, String environment, String device, String cell, String metric,
                             String message) {

    public enum Kind {
        HIGH_CV, FEW_RUNS, UNKNOWN_RUN_COUNT, TIMER_RESOLUTION, PAGE_CACHE, LOOPBACK_PEER, DIFFERENT_VMS,
        DIFFERENT_VERSIONS, ASSUMED_DIRECTION, PUBLISHED_IGNORED
    }

    public boolean aboutEnvironment() {
        return cell.isEmpty();
    }
}
