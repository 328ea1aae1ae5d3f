package org.virtimpact.core.report;

import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/** A report that cannot be made as asked (an unknown baseline, no results); the message says why. */
public class ReportException extends Exception implements Explained {

    private final transient Message explanation;


    public ReportException(String message) {
        this(Message.verbatim(message));
    }

    public ReportException(Message message) {
        super(message.english());
        this.explanation = message;
    }

    @Override
    public Message explanation() {
        // transient: a deserialised copy has only its English
        return explanation != null ? explanation : Message.verbatim(getMessage());
    }
}
