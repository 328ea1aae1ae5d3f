package org.virtimpact.core.results;

import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/** A results file that can't be read or written; the message names the file and line. */
public class ResultsException extends Exception implements Explained {

    private final transient Message explanation;


    public ResultsException(String message) {
        this(Message.verbatim(message));
    }

    public ResultsException(Message message) {
        super(message.english());
        this.explanation = message;
    }

    public ResultsException(String message, Throwable cause) {
        this(Message.verbatim(message), cause);
    }

    public ResultsException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.explanation = message;
    }

    @Override
    public Message explanation() {
        // transient: a deserialised copy has only its English
        return explanation != null ? explanation : Message.verbatim(getMessage());
    }
}
