package org.virtimpact.cli;

/** A command-line value the command refuses; its message says what to type instead. */
final class BadInput extends Exception {

    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message);
    }
}
