package org.virtimpact.core.report;

/**
 * When a data-quality warning fires. The defaults: a CV above 5 % or fewer than 5 runs make a
 * mean shaky; a run under 10 ms is near the resolution of the timers dd and shell tools use; a
 * sequential disk read above 3 GB/s, or 5 times the write rate of the same cell, is most likely
 * served from the page cache; memory sizes within 2 % count as the same VM (guests of the same
 * configuration report slightly different MemTotal).
 */
public record QualityThresholds(double maxCv, int minRuns, double timerSeconds, double maxReadBytesPerSecond,
                                double readOverWrite, double memoryTolerance) {

    public static QualityThresholds defaults() {
        return new QualityThresholds(0.05, 5, 0.010, 3e9, 5, 0.02);
    }
}
