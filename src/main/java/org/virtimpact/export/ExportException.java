package org.virtimpact.export;

import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/** An export that cannot be made (no campaign, no results, an unknown baseline); the message says why. */
public class ExportException extends Exception implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Message explanation;

    public ExportException(String message) {
        this(Message.verbatim(message));
    }

    public ExportException(Message message) {
        super(message.english());
        this.explanation = message;
    }

    public ExportException(String message, Throwable cause) {
        this(Message.verbatim(message), cause);
    }

    public ExportException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.explanation = message;
    }

    @Override
    public Message explanation() {
        // transient: a deserialised copy has only its English
        return explanation != null ? explanation : Message.verbatim(getMessage());
    }
}
