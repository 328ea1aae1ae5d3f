package org.virtimpact.core.report;

/** A report that cannot be made as asked (an unknown baseline, no results); the message says why. */
public class ReportException extends Exception {
    public ReportException(String message) {
        super(message);
    }
}
