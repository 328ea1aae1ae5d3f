package org.virtimpact.core.campaign;

/** A campaign folder that can't be read or written; the message says what to do. */
public class CampaignException extends Exception {
    public CampaignException(String message) {
        super(message);
    }
}
