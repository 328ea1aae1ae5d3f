package org.virtimpact.core.campaign;

import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/** A campaign folder that can't be read or written; the message says what to do. */
public class CampaignException extends Exception implements Explained {

    private final transient Message explanation;


    public CampaignException(String message) {
        this(Message.verbatim(message));
    }

    public CampaignException(Message message) {
        super(message.english());
        this.explanation = message;
    }

    @Override
    public Message explanation() {
        // transient: a deserialised copy has only its English
        return explanation != null ? explanation : Message.verbatim(getMessage());
    }
}
