package org.virtimpact.export;

/** An export that cannot be made (no campaign, no results, an unknown baseline); the message says why. */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
