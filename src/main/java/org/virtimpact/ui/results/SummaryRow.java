package org.virtimpact.ui.results;

import java.util.List;
import org.virtimpact.core.stats.CellKey;

/**
 * One line of the table beside a chart: one environment in one matrix cell. Numbers stay numbers
 * (NaN where the data can't give them) so the view formats them in the person's locale.
 *
 * @param colour      the palette index of the environment, as its bars have it
 * @param n           the run count, or "?" for a published mean that did not say
 * @param verdict     against the baseline, in the person's language; "baseline" on the baseline's rows
 * @param warnings    reasons to doubt the numbers, one sentence each, about the cell or its environment
 * @param theirVerdict the overlaid campaign's verdict for the same cell; empty without overlay
 * @param agreement   whether their verdict is ours, in words; empty without overlay
 */
public record SummaryRow(CellKey key, String environment, int colour, String cell, String n, double mean, double ciLow,
                         double ciHigh, double sd, double cv, double median, double ratio, double ratioLow,
                         double ratioHigh, double pHolm, String verdict, List<String> warnings, String unit,
                         double theirMean, String theirVerdict, String agreement) {

    public SummaryRow {
        warnings = List.copyOf(warnings);
    }
}
