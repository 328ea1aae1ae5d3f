package org.virtimpact.core.run;

import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/** An agent program could not be built on a target; the message says what to install or fix. */
public class AgentException extends Exception implements Explained {

    private final transient Message explanation;


    public AgentException(String message) {
        this(Message.verbatim(message));
    }

    public AgentException(Message message) {
        super(message.english());
        this.explanation = message;
    }

    @Override
    public Message explanation() {
        // transient: a deserialised copy has only its English
        return explanation != null ? explanation : Message.verbatim(getMessage());
    }
}
