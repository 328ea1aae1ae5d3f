package org.virtimpact.ui.results;

import java.util.List;
import java.util.Optional;
import org.virtimpact.core.campaign.Annotation;
import org.virtimpact.core.report.Report;

/**
 * What a device tab draws from, all computed off the FX thread: the report, the device's
 * metrics, the campaign's environment order (for colours), its notes, and the overlay if any.
 */
record TabData(List<MetricOption> options, Report report, List<String> campaignOrder, List<Annotation> annotations,
               Optional<Overlay> overlay) {

    TabData {
        options = List.copyOf(options);
        campaignOrder = List.copyOf(campaignOrder);
        annotations = List.copyOf(annotations);
    }
}
