package org.virtimpact.ui.results;

/** One line of the table under a chart: one environment in one matrix cell. */
public record SummaryRow(String environment, String cell, int n, double mean, double sd, double min, double max,
                         String unit) {
}
