package org.virtimpact.core.report;

import java.util.Optional;
import org.virtimpact.core.stats.ComparisonSettings;

/**
 * What the report compares against and how strictly.
 *
 * @param baseline the environment others are compared with; empty means the first environment
 *                 (in campaign.json's order, then environments found only in the results)
 */
public record ReportSettings(Optional<String> baseline, ComparisonSettings comparison, QualityThresholds quality) {

    public static ReportSettings defaults() {
        return new ReportSettings(Optional.empty(), ComparisonSettings.defaults(), QualityThresholds.defaults());
    }
}
