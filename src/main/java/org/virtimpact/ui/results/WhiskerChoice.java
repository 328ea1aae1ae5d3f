package org.virtimpact.ui.results;

/**
 * What the whiskers of a results chart show. The confidence interval of the mean is the default:
 * it is what the verdicts rest on. The spread of the runs stays one click away.
 */
public enum WhiskerChoice {
    CONFIDENCE_INTERVAL, STANDARD_DEVIATION
}
