package org.virtimpact.core.text;

/**
 * An exception that can say what went wrong in the person's language. Its {@code getMessage()}
 * stays the English of {@link #explanation()}, for logs, the CLI and the tests.
 */
public interface Explained {

    Message explanation();

    /** What {@code error} says: its explanation when it has one, else its English as written. */
    static Message messageOf(Throwable error) {
        return error instanceof Explained e ? e.explanation() : Message.verbatim(error.getMessage());
    }
}
