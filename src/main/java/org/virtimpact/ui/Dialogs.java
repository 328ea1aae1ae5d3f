package org.virtimpact.ui;

/** How view models tell a person that something went wrong, without touching a Node. */
public interface Dialogs {

    /**
     * @param headline what happened, in one line
     * @param details  why, and what to do about it; never a stack trace
     */
    void error(String headline, String details);
}
