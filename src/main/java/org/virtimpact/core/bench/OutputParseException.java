package org.virtimpact.core.bench;

/**
 * A tool's output that can't be read, or that reports a failure. The message is one line a
 * person can act on, naming the offending output line where there is one.
 */
public class OutputParseException extends Exception {
    public OutputParseException(String message) {
        super(message);
    }
}
