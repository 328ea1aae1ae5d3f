package org.virtimpact.core.text;

/**
 * A value a person typed that the core refuses, with the refusal in words they can read. An
 * IllegalArgumentException still, so callers that catch that keep working unchanged.
 */
public class InvalidValueException extends IllegalArgumentException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Message explanation;

    public InvalidValueException(Message explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        // transient: a deserialised copy has only its English
        return explanation != null ? explanation : Message.verbatim(getMessage());
    }
}
