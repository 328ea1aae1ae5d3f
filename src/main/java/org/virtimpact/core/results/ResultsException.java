package org.virtimpact.core.results;

/** A results file that can't be read or written; the message names the file and line. */
public class ResultsException extends Exception {
    public ResultsException(String message) {
        super(message);
    }

    public ResultsException(String message, Throwable cause) {
        super(message, cause);
    }
}
