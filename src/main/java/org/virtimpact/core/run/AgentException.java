package org.virtimpact.core.run;

/** An agent program could not be built on a target; the message says what to install or fix. */
public class AgentException extends Exception {
    public AgentException(String message) {
        super(message);
    }
}
